/**
 * Attune core: the model of a coded psychotherapy session, ELAN EAF/ECV/ETF reading and writing, coding
 * schemes and the Attune profile. Other tools embed this module; its public API is the exported packages.
 */
module org.attune.core {
    requires jakarta.xml.bind;
    requires java.xml;
    requires org.apache.commons.csv;
    requires org.glassfish.jaxb.core;
    requires org.glassfish.jaxb.runtime;
    requires org.apache.commons.statistics.distribution;

    exports org.attune.core.model;
    exports org.attune.core.eaf;
    exports org.attune.core.io;
    exports org.attune.core.scheme;
    exports org.attune.core.profile;
    exports org.attune.core.analysis;
    exports org.attune.core.analysis.agreement;
    exports org.attune.core.analysis.episodes;
    exports org.attune.core.analysis.segments;
    exports org.attune.core.analysis.summary;
    exports org.attune.core.analysis.sequential;
    exports org.attune.core.formats;

    // the generated JAXB classes stay internal; only JAXB may reflect on them
    opens org.attune.core.internal.jaxb to jakarta.xml.bind, org.glassfish.jaxb.runtime;
    opens org.attune.core.internal.scheme to jakarta.xml.bind, org.glassfish.jaxb.runtime;
}
