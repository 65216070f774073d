package cn.gongji.portal.ui;

import java.util.Locale;

import com.vaadin.flow.component.Svg;

/**
 * SVG drawn on the server (issue 12), shown with Flow's standard {@link Svg} component — no chart add-on, no npm
 * build. {@code Svg} puts its markup into the page as it is, so every text and attribute value goes through
 * {@link #escape}: a person's name comes from the registry and must never become markup.
 *
 * <p>The drawing is an image for assistive technology ({@code role="img"}) named by its {@code <title>} and
 * {@code <desc>} ({@code aria-labelledby}); the view puts the full text equivalent (a list or a table) next to it.
 */
public final class SvgMarkup {

    /** Dark text on white: 16.1:1 (WCAG AA needs 4.5:1). */
    public static final String INK = "#1a1a1a";
    /** Lines and secondary text: 7.0:1 on white. */
    public static final String GREY = "#4d4d4d";

    private final StringBuilder out = new StringBuilder();
    private final String id;
    private boolean closed;

    /**
     * @param id     unique on the page; the title and description get ids derived from it
     * @param width  the drawing's own width in user units; it scales to the space it has
     * @param height the drawing's own height in user units
     */
    public SvgMarkup(String id, int width, int height, String title, String description) {
        this.id = id;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" focusable=\"false\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id)).append("-desc\"")
                .append(" font-family=\"inherit\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description))
                .append("</desc>");
    }

    /** XML text and attribute escaping: {@code & < > " '}. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML; a name never needs them.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** An id for an inner element, unique on the page (patterns, markers). */
    public String innerId(String name) {
        return id + "-" + name;
    }

    /** An arrowhead marker, used by {@link #line} with {@code arrow = true}. */
    public SvgMarkup arrowMarker(String colour) {
        out.append("<defs><marker id=\"").append(escape(innerId("arrow"))).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"")
                .append(" fill=\"").append(escape(colour)).append("\"/></marker></defs>");
        return this;
    }

    /**
     * A fill pattern, so that series differ by more than their colour (WCAG 1.4.1): {@code solid}, {@code hatch}
     * (diagonal lines), {@code dots} or {@code cross}.
     */
    public SvgMarkup pattern(String name, String kind, String colour) {
        if ("solid".equals(kind)) {
            return this;
        }
        String c = escape(colour);
        out.append("<defs><pattern id=\"").append(escape(innerId(name)))
                .append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>");
        switch (kind) {
            case "hatch" -> out.append("<path d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6\" stroke=\"").append(c)
                    .append("\" stroke-width=\"2.5\"/>");
            case "dots" -> out.append("<rect width=\"8\" height=\"8\" fill=\"").append(c).append("\" fill-opacity=\"0.25\"/>")
                    .append("<circle cx=\"4\" cy=\"4\" r=\"2.2\" fill=\"").append(c).append("\"/>");
            default -> out.append("<path d=\"M0,4 L8,4 M4,0 L4,8\" stroke=\"").append(c).append("\" stroke-width=\"2\"/>");
        }
        out.append("</pattern></defs>");
        return this;
    }

    /** The fill value of a pattern made by {@link #pattern}, or the colour itself for {@code solid}. */
    public String fill(String name, String kind, String colour) {
        return "solid".equals(kind) ? colour : "url(#" + innerId(name) + ")";
    }

    public SvgMarkup rect(double x, double y, double width, double height, String fill, String stroke,
                          double strokeWidth, boolean dashed, double radius) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" rx=\"").append(n(radius))
                .append("\" fill=\"").append(escape(fill)).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
            if (dashed) {
                out.append(" stroke-dasharray=\"8 5\"");
            }
        }
        out.append("/>");
        return this;
    }

    public SvgMarkup line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed,
                          boolean arrow) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(escape(stroke))
                .append("\" stroke-width=\"").append(n(width)).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"8 5\"");
        }
        if (arrow) {
            out.append(" marker-end=\"url(#").append(escape(innerId("arrow"))).append(")\"");
        }
        out.append("/>");
        return this;
    }

    /**
     * A text; {@code anchor} is {@code start}, {@code middle} or {@code end}.
     *
     * @param bold whether the text is bold
     */
    public SvgMarkup text(double x, double y, String text, int size, boolean bold, String anchor, String colour) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(size)
                .append("\" text-anchor=\"").append(escape(anchor)).append("\" fill=\"").append(escape(colour)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** The finished markup. */
    public String build() {
        if (!closed) {
            out.append("</svg>");
            closed = true;
        }
        return out.toString();
    }

    /** The finished drawing as a component with the given id. */
    public Svg toComponent(String componentId) {
        Svg svg = new Svg(build());
        svg.setId(componentId);
        svg.addClassName("portal-picture-svg");
        return svg;
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
