/** 3RS segment sheets derived from coded moments ({@link org.attune.core.analysis.segments.SegmentSheet}). */
package org.attune.core.analysis.segments;
