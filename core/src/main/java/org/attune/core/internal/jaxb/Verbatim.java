package org.attune.core.internal.jaxb;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Keeps ID, IDREF, IDREFS and dateTime attributes exactly as written (see {@code eaf.xjb}): Attune resolves
 * references itself, so a dangling one is reported instead of silently dropped.
 */
public final class Verbatim extends XmlAdapter<String, String> {
    @Override
    public String unmarshal(String value) {
        return value;
    }

    @Override
    public String marshal(String value) {
        return value;
    }
}
