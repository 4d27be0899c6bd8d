/** Safe file output: {@link org.attune.core.io.AtomicFiles} replaces a file atomically and keeps a backup. */
package org.attune.core.io;
