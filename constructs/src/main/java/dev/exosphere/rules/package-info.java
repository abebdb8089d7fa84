/**
 * The rules that both the YAML layer and the constructs apply: formats, CIDR checks, the instance-type catalogue, and
 * AWS's own constraints (ALB conditions, certificates, SSM and Secrets Manager names, image references, volumes,
 * health checks, builds, regions, names taken by the bus, size limits), each returning a {@link
 * dev.exosphere.rules.Complaint} with what was expected and the fix, and citing AWS's documentation. Pure Java, no CDK
 * and no YAML, so that each rule lives in one place.
 */
package dev.exosphere.rules;
