package cn.gongji.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Issue 12: server-side SVG is well-formed, accessible and never lets a text become markup. */
class SvgMarkupTest {

    @Test
    void everyTextIsEscapedAndTheDrawingIsWellFormed() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\"\u0001";
        SvgMarkup svg = new SvgMarkup("pic", 100, 50, hostile, "desc " + hostile);
        svg.pattern("p", "hatch", "#000000").rect(0, 0, 10, 10, svg.fill("p", "hatch", "#000000"), "#111111", 1, true, 2)
                .arrowMarker("#222222").line(0, 0, 5, 5, "#333333", 1.5, false, true)
                .text(1, 2, hostile, 12, true, "start", "#444444");

        String markup = svg.build();

        assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("pic-title pic-desc");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(hostile.replace("\u0001", ""));
        assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(hostile.replace("\u0001", ""));
    }
}
