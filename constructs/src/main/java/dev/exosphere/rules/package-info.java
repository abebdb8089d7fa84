/**
 * The rules that both the YAML layer and the constructs apply: formats, CIDR checks, the instance-type catalogue.
 * Pure Java, no CDK and no YAML, so that each rule lives in one place.
 */
package dev.exosphere.rules;
