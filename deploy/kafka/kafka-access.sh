#!/usr/bin/env bash
# Generated from uk.lantern.schemas.access.KafkaPrincipals by uk.lantern.localinfra.KafkaAccessFiles: do not edit; KafkaAccessFilesTest checks it.
# Run by docker-compose's kafka-access service (apache/kafka image) before any Lantern service starts:
# the SCRAM users with their passwords from the environment, every topic a principal owns, the ACLs.
# Idempotent: run again after a password or the declaration changed (ACLs are only added here).
# Needs KAFKA_ADMIN_BOOTSTRAP (the broker listener where the super user signs in with PLAIN) and one
# password variable per principal. Passwords: letters and digits (openssl rand -hex 24).
set -euo pipefail
bin=/opt/kafka/bin
admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
cat >"$admin" <<CONFIG
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="lantern-admin" password="${LANTERN_KAFKA_PASSWORD_ADMIN:?}";
CONFIG
connect=(--bootstrap-server "${KAFKA_ADMIN_BOOTSTRAP:?}" --command-config "$admin")

# SCRAM users
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-admin --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_ADMIN:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-missing-episodes --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_MISSING_EPISODES:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-return-interviews --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_RETURN_INTERVIEWS:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-cme-register --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_CME_REGISTER:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-exploitation-risk --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_EXPLOITATION_RISK:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-correlation --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_CORRELATION:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-reporting --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_REPORTING:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-mace --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_MACE:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-console --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_CONSOLE:?}]"
"$bin/kafka-configs.sh" "${connect[@]}" --alter --entity-type users --entity-name lantern-analyst --add-config "SCRAM-SHA-512=[iterations=8192,password=${LANTERN_KAFKA_PASSWORD_ANALYST:?}]"

# Topics: every topic some principal owns (the owner may also create it; the admin does so first)
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.missing-episodes.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.return-interviews.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.missing-episodes.v1.dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.cme-register.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.exploitation-risk.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.alerts.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.alert-work.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.hotspots.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.identity.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.identity-decisions.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.child-profiles.v2 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}" --config cleanup.policy=compact
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.analyst-feed.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.analyst-feed.v2 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.correlation.child-events --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.correlation.dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.child-profiles.v2.projection-dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.alerts.v1.projection-dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.hotspots.v1.projection-dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.identity.v1.projection-dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.correlation.chronology.projection-dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.reporting.dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.mace.v1 --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"
"$bin/kafka-topics.sh" "${connect[@]}" --create --if-not-exists --topic lantern.child-profiles.v2.mace-dlt --partitions "${LANTERN_TOPIC_PARTITIONS:-3}" --replication-factor "${LANTERN_TOPIC_REPLICATION:-1}"

# ACLs (ALLOW; everything else is refused: allow.everyone.if.no.acl.found=false)
# lantern-missing-episodes (missing-episode-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-missing-episodes --topic lantern.missing-episodes.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
# lantern-return-interviews (return-interview-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-return-interviews --topic lantern.return-interviews.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-return-interviews --topic lantern.missing-episodes.v1.dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-return-interviews --topic lantern.missing-episodes.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-return-interviews --group return-interview-service --operation Read --operation Describe
# lantern-cme-register (cme-register-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-cme-register --topic lantern.cme-register.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
# lantern-exploitation-risk (cse-risk-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-exploitation-risk --topic lantern.exploitation-risk.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
# lantern-correlation (correlation-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.alerts.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Read
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.alert-work.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.hotspots.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Read
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.identity.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Read
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.identity-decisions.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Read
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.child-profiles.v2 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Read
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.analyst-feed.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.analyst-feed.v2 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.correlation.child-events --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs --operation Read
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.correlation.dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.child-profiles.v2.projection-dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.alerts.v1.projection-dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.hotspots.v1.projection-dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.identity.v1.projection-dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.correlation.chronology.projection-dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.missing-episodes.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.return-interviews.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.cme-register.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.exploitation-risk.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic lantern.mace.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --topic correlation-service- --resource-pattern-type prefixed --operation Read --operation Write --operation Create --operation Delete --operation Describe --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --group correlation-service --resource-pattern-type prefixed --operation Read --operation Describe
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-correlation --transactional-id correlation-service- --resource-pattern-type prefixed --operation Write --operation Describe
# lantern-reporting (reporting-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.reporting.dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.missing-episodes.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.return-interviews.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.cme-register.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.exploitation-risk.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.identity.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.alerts.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.alert-work.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --topic lantern.mace.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-reporting --group reporting- --resource-pattern-type prefixed --operation Read --operation Describe
# lantern-mace (mace-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-mace --topic lantern.mace.v1 --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-mace --topic lantern.child-profiles.v2.mace-dlt --operation Write --operation Describe --operation Create --operation DescribeConfigs --operation AlterConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-mace --topic lantern.child-profiles.v2 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-mace --group mace-service --operation Read --operation Describe
# lantern-console (console-service)
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-console --topic lantern.alerts.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-console --topic lantern.alert-work.v1 --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-console --group lantern-console --resource-pattern-type prefixed --operation Read --operation Describe
# lantern-analyst (police analysts (kcat, their own consumers))
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-analyst --topic lantern.analyst-feed --resource-pattern-type prefixed --operation Read --operation Describe --operation DescribeConfigs
"$bin/kafka-acls.sh" "${connect[@]}" --add --allow-principal User:lantern-analyst --group lantern-analyst --resource-pattern-type prefixed --operation Read --operation Describe
echo "kafka-access: users, topics and ACLs in place"
