package cn.gongji.portal.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** The pieces the case page's parts are made of, so that its sections and facts look alike. */
final class CaseParts {

    private CaseParts() {
    }

    /** A section with its translated heading, or none. */
    static Section section(Component in, String titleKey) {
        Section section = new Section();
        section.addClassName("portal-section");
        if (titleKey != null) {
            section.add(new H2(in.getTranslation(titleKey)));
        }
        return section;
    }

    /** One fact: a term and its value, the value carrying the id when there is one. */
    static void fact(DescriptionList list, String label, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        if (id != null) {
            description.setId(id);
        }
        list.add(new DescriptionList.Term(label), description);
    }

    static DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("portal-facts");
        return facts;
    }

    static Paragraph hint(Component in, String key) {
        Paragraph hint = new Paragraph(in.getTranslation(key));
        hint.addClassName("portal-hint");
        return hint;
    }
}
