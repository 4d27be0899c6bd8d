package org.attune.core.internal.scheme;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/**
 * The JAXB binding of a scheme file (see {@code docs/schemes.md}). Every value is kept as the text the
 * file holds, so that {@link FromXml} can check it and report bad values with their position; unknown
 * attributes are collected for the same reason.
 */
@XmlRootElement(name = "scheme")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"title", "description", "categories", "rating", "layers"})
public class SchemeXml {

    /** The scheme file format this code reads and writes. */
    static final String FORMAT = "1";

    @XmlLocation
    @XmlTransient
    Locator locator;

    @XmlAttribute
    String format;
    @XmlAttribute
    String id;
    @XmlAttribute
    String version;
    @XmlAttribute
    String name;
    @XmlAttribute(name = "default")
    String isDefault;
    @XmlAnyAttribute
    Map<QName, String> unknown = new LinkedHashMap<>();

    @XmlElement
    Text title;
    @XmlElement
    Text description;
    @XmlElement(name = "category")
    List<CategoryXml> categories = new ArrayList<>();
    @XmlElement
    RatingXml rating;
    @XmlElement(name = "layer")
    List<LayerXml> layers = new ArrayList<>();

    /** An element holding text only. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Text {
        @XmlLocation
        @XmlTransient
        Locator locator;
        @XmlAnyAttribute
        Map<QName, String> unknown = new LinkedHashMap<>();
        @XmlValue
        String value;

        Text() {
        }

        Text(String value) {
            this.value = value;
        }
    }

    /** {@code <category id="..." label="..."/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CategoryXml {
        @XmlLocation
        @XmlTransient
        Locator locator;
        @XmlAttribute
        String id;
        @XmlAttribute
        String label;
        @XmlAnyAttribute
        Map<QName, String> unknown = new LinkedHashMap<>();
    }

    /** {@code <rating name="..." min="1" max="5" low="..." high="..."/>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class RatingXml {
        @XmlLocation
        @XmlTransient
        Locator locator;
        @XmlAttribute
        String name;
        @XmlAttribute
        String min;
        @XmlAttribute
        String max;
        @XmlAttribute
        String low;
        @XmlAttribute
        String high;
        @XmlAnyAttribute
        Map<QName, String> unknown = new LinkedHashMap<>();
    }

    /** {@code <layer id="..." label="..." rated="true|false">} with its codes. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class LayerXml {
        @XmlLocation
        @XmlTransient
        Locator locator;
        @XmlAttribute
        String id;
        @XmlAttribute
        String label;
        @XmlAttribute
        String rated;
        @XmlAnyAttribute
        Map<QName, String> unknown = new LinkedHashMap<>();
        @XmlElement(name = "code")
        List<CodeXml> codes = new ArrayList<>();
    }

    /** {@code <code id="..." label="..." category="..." key="..." facet="...">definition</code>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class CodeXml {
        @XmlLocation
        @XmlTransient
        Locator locator;
        @XmlAttribute
        String id;
        @XmlAttribute
        String category;
        @XmlAttribute
        String key;
        @XmlAttribute
        String facet;
        @XmlAttribute
        String label;
        @XmlAnyAttribute
        Map<QName, String> unknown = new LinkedHashMap<>();
        @XmlValue
        String definition;
    }
}
