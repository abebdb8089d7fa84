/** {@code exo-images.lock.json}: the digests {@code exo images push} pinned, read by the CDK app. */
package dev.exosphere.lock;
