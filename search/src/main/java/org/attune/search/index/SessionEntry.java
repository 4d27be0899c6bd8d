package org.attune.search.index;

/**
 * What the index records of one session file.
 *
 * @param path    the corpus-relative path
 * @param sid     the session's id in the index
 * @param size    the file's size when indexed
 * @param mtime   its modification time then (ms)
 * @param events  how many events were indexed
 * @param failure why the file could not be read, or null
 */
record SessionEntry(String path, long sid, long size, long mtime, int events, String failure) {
}
