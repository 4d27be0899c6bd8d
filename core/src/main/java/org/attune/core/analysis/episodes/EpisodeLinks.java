package org.attune.core.analysis.episodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.CrossRefLink;
import org.attune.core.model.RefLink;
import org.attune.core.model.RefLinkSet;

/**
 * Episodes stored in the EAF as ELAN cross-reference links ({@code docs/eaf-profile.md}, "Episodes"): one
 * {@code REF_LINK_SET} per coder, {@code LINK_SET_ID="attune-episodes-<coder>"}, holding one
 * {@code CROSS_REF_LINK} per rupture → strategy pair with {@code REF1} = the rupture's annotation,
 * {@code REF2} = the strategy's, {@code DIRECTIONALITY="unidirectional"} and {@code REF_TYPE="attune:episode"}.
 * ELAN keeps these sets when it saves a file, and shows them in its reference-link views.
 */
public final class EpisodeLinks {

    /** REF_TYPE of an episode link. */
    public static final String REF_TYPE = "attune:episode";
    private static final String SET_PREFIX = "attune-episodes-";

    private EpisodeLinks() {
    }

    /**
     * The LINK_SET_ID for a coder (characters outside XML names replaced by '_').
     *
     * @param coder the coder's name
     * @return the LINK_SET_ID for a coder (characters outside XML names replaced by '_')
     */
    public static String setId(String coder) {
        return SET_PREFIX + coder.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The document with the coder's episode set replaced by links for these episodes.
     *
     * @param doc the document
     * @param coder the coder's name
     * @param episodes the episodes
     * @return the document with the coder's episode set replaced by links for these episodes
     */
    public static AnnotationDocument store(AnnotationDocument doc, String coder, List<Episode> episodes) {
        String setId = setId(coder);
        List<RefLink> links = new ArrayList<>();
        for (Episode e : episodes) {
            for (var r : e.resolutions()) {
                String id = setId + "-" + e.rupture().annotationId() + "-" + r.annotationId();
                links.add(new CrossRefLink(id, e.rupture().annotationId(), r.annotationId(), "unidirectional",
                        "episode", null, null, null, REF_TYPE, ""));
            }
        }
        List<RefLinkSet> sets = new ArrayList<>();
        boolean replaced = false;
        for (RefLinkSet s : doc.refLinkSets()) {
            if (s.id().equals(setId)) {
                sets.add(new RefLinkSet(setId, "Attune episodes (coder " + coder + ")", null, null, null, links));
                replaced = true;
            } else {
                sets.add(s);
            }
        }
        if (!replaced) {
            sets.add(new RefLinkSet(setId, "Attune episodes (coder " + coder + ")", null, null, null, links));
        }
        return doc.withRefLinkSets(sets);
    }

    /**
     * The coder's stored links: rupture annotation id → resolution annotation ids, in file order; empty when
     * the coder has no episode set (a set without links means: no rupture was resolved).
     *
     * @param doc the document
     * @param coder the coder's name
     * @return the coder's stored links: rupture annotation id → resolution annotation ids, in file order; empty when the coder has no episode set (a set without links means: no rupture was resolved)
     */
    public static Optional<Map<String, List<String>>> read(AnnotationDocument doc, String coder) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        boolean found = false;
        for (RefLinkSet s : doc.refLinkSets()) {
            if (!s.id().equals(setId(coder))) {
                continue;
            }
            found = true;
            for (RefLink l : s.links()) {
                if (l instanceof CrossRefLink c && (c.refType() == null || REF_TYPE.equals(c.refType()))) {
                    out.computeIfAbsent(c.ref1(), k -> new ArrayList<>()).add(c.ref2());
                }
            }
        }
        return found ? Optional.of(out) : Optional.empty();
    }
}
