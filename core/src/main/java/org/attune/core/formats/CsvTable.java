package org.attune.core.formats;

/** Which tidy table a CSV export holds. */
public enum CsvTable {
    /**
     * One row per utterance: {@code session,tier,annotation,speaker,role,start_ms,end_ms,estimated,text}.
     */
    UTTERANCES,
    /**
     * One row per coding: {@code session,tier,annotation,scheme,layer,code,label,category,start_ms,end_ms,
     * estimated,rating,coder,note}.
     */
    CODINGS
}
