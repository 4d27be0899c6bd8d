package org.attune.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The HEADER of an EAF document.
 *
 * @param mediaFile  the deprecated MEDIA_FILE attribute, or null
 * @param timeUnits  TIME_UNITS ({@code milliseconds}, {@code NTSC-frames}, {@code PAL-frames}) or null (= milliseconds)
 * @param media      MEDIA_DESCRIPTOR elements
 * @param linkedFiles LINKED_FILE_DESCRIPTOR elements
 * @param properties PROPERTY elements, in order (names may repeat)
 */
public record Header(String mediaFile, String timeUnits, List<MediaDescriptor> media,
                     List<LinkedFileDescriptor> linkedFiles, List<Property> properties) {

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param mediaFile the deprecated MEDIA_FILE attribute, or null
     * @param timeUnits TIME_UNITS ({@code milliseconds}, {@code NTSC-frames}, {@code PAL-frames}) or null (= milliseconds)
     * @param media MEDIA_DESCRIPTOR elements
     * @param linkedFiles LINKED_FILE_DESCRIPTOR elements
     * @param properties PROPERTY elements, in order (names may repeat)
     */
    public Header {
        media = List.copyOf(media);
        linkedFiles = List.copyOf(linkedFiles);
        properties = List.copyOf(properties);
    }

    /**
     * A header with TIME_UNITS="milliseconds" and nothing else.
     *
     * @return a header with TIME_UNITS="milliseconds" and nothing else
     */
    public static Header milliseconds() {
        return new Header(null, "milliseconds", List.of(), List.of(), List.of());
    }

    /**
     * Returns a copy with the media replaced.
     *
     * @param newMedia the new media (MEDIA_DESCRIPTOR elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public Header withMedia(List<MediaDescriptor> newMedia) {
        return new Header(mediaFile, timeUnits, newMedia, linkedFiles, properties);
    }

    /**
     * Returns a copy with the properties replaced.
     *
     * @param newProperties the new properties (PROPERTY elements, in order (names may repeat))
     * @return a copy with that value replaced; this record is unchanged
     */
    public Header withProperties(List<Property> newProperties) {
        return new Header(mediaFile, timeUnits, media, linkedFiles, newProperties);
    }

    /**
     * A copy where the property {@code name} has the single value {@code value} (added at the end if new).
     *
     * @param name the name
     * @param value the value
     * @return a copy with that value replaced; this record is unchanged
     */
    public Header withProperty(String name, String value) {
        List<Property> out = new ArrayList<>();
        boolean replaced = false;
        for (Property p : properties) {
            if (name.equals(p.name())) {
                if (!replaced) {
                    out.add(new Property(name, value));
                    replaced = true;
                }
            } else {
                out.add(p);
            }
        }
        if (!replaced) {
            out.add(new Property(name, value));
        }
        return withProperties(out);
    }
}
