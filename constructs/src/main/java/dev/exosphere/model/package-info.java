/**
 * The application model: one {@code exosphere.yml} read into immutable records.
 *
 * <p>{@link dev.exosphere.model.ExoModel} is the root. Records hold plain values with every default
 * already applied; where each value came from in the YAML lives beside them in a
 * {@link dev.exosphere.load.SourceMap} (YAML path to file, line and column), so validation can point
 * at the exact spot without the records carrying positions around.
 */
package dev.exosphere.model;

import dev.exosphere.load.SourceMap;
