/**
 * Running a deployed application: {@link dev.exosphere.operate.ExoDashboard} (one CloudWatch dashboard),
 * {@link dev.exosphere.operate.ExoServiceAlarms} (alarms per service) and {@link dev.exosphere.operate.ExoAlarmTopic}
 * (the encrypted SNS topic they notify). Props take CDK interfaces, never the YAML model.
 */
package dev.exosphere.operate;
