/**
 * Reading an {@code exosphere.yml}: the bounded YAML reader that keeps every node's position, the binders that turn
 * nodes into {@link dev.exosphere.model} records, and the diagnostics ({@link dev.exosphere.load.Problem},
 * {@link dev.exosphere.load.SourceMap}). Entry point: {@link dev.exosphere.load.ModelLoader#load}.
 */
package dev.exosphere.load;
