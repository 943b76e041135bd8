/*
 * GENERATED FILE, DO NOT EDIT: written by scripts/gen_endpoints.py
 * from ../shared/reference/datadog-operations.tsv
 * (1758 operations), sha256
 * 8975600a698e8e79fddce61f57a361c22da1843823935146ec94560db0b6b142.
 * Regenerate: python3 scripts/gen_endpoints.py --output core/endpoints_table.c
 * The drift test (ctest -R endpoints.drift) fails when this file and
 * the table disagree.
 *
 * SPDX-License-Identifier: MIT
 */
#include "endpoints.h"

/* clang-format off */
#define KEY CREDPLUG_AUTH_API_KEY
#define APP CREDPLUG_AUTH_APP_KEY
#define BEARER CREDPLUG_AUTH_BEARER
#define AUTHZ CREDPLUG_AUTH_AUTHZ

/* Every path template once (47815 bytes); offsets below point here. */
const char cp_ep_text[] =
	"/\0"
	"/v1/input\0"
	"/api/v1/org\0"
	"/api/v1/slo\0"
	"/api/v1/user\0"
	"/api/v1/hosts\0"
	"/api/v1/query\0"
	"/api/v1/events\0"
	"/api/v1/search\0"
	"/api/v1/series\0"
	"/api/v1/api_key\0"
	"/api/v1/metrics\0"
	"/api/v1/monitor\0"
	"/api/v1/downtime\0"
	"/api/v1/validate\0"
	"/api/v1/check_run\0"
	"/api/v1/dashboard\0"
	"/api/v1/notebooks\0"
	"/api/v1/application_key\0"
	"/api/v1/distribution_points\0"
	"/api/v1/daily_custom_reports\0"
	"/api/v1/monthly_custom_reports\0"
	"/api/v2/org\0"
	"/api/v2/hamr\0"
	"/api/v2/logs\0"
	"/api/v2/team\0"
	"/api/v2/cases\0"
	"/api/v2/forms\0"
	"/api/v2/roles\0"
	"/api/v2/users\0"
	"/api/v2/events\0"
	"/api/v2/series\0"
	"/api/v2/metrics\0"
	"/api/v2/api_keys\0"
	"/api/v2/datasets\0"
	"/api/v2/downtime\0"
	"/api/v2/snapshot\0"
	"/api/v2/validate\0"
	"/api/v2/incidents\0"
	"/api/v2/processes\0"
	"/api/v2/workflows\0"
	"/api/v2/annotation\0"
	"/api/v2/containers\0"
	"/api/v2/org_groups\0"
	"/api/v2/powerpacks\0"
	"/api/v2/prodlytics\0"
	"/api/v2/sourcemaps\0"
	"/api/v2/global_orgs\0"
	"/api/v2/org_configs\0"
	"/api/v2/permissions\0"
	"/api/v2/statuspages\0"
	"/api/v2/current_user\0"
	"/api/v2/integrations\0"
	"/api/v2/ip_allowlist\0"
	"/api/v2/tag_policies\0"
	"/api/v2/feature-flags\0"
	"/api/v2/validate_keys\0"
	"/api/v2/authn_mappings\0"
	"/api/v2/anonymize_users\0"
	"/api/v2/org_connections\0"
	"/api/v2/application_keys\0"
	"/api/v2/container_images\0"
	"/api/v2/deployment_gates\0"
	"/api/v2/domain_allowlist\0"
	"/api/v2/service_accounts\0"
	"/api/v2/user_invitations\0"
	"/api/v2/actions-datastores\0"
	"/api/v2/identity_providers\0"
	"/api/v2/org_group_policies\0"
	"/api/v2/maintenance_windows\0"
	"/api/v2/saml_configurations\0"
	"/api/v2/team-hierarchy-links\0"
	"/api/v2/org_group_memberships\0"
	"/api/v2/org_authorized_clients\0"
	"/api/v2/personal_access_tokens\0"
	"/api/v2/network-health-insights\0"
	"/api/v2/user_authorized_clients\0"
	"/api/v2/org_group_policy_configs\0"
	"/api/v2/org_group_policy_overrides\0"
	"/api/v2/org_group_policy_suggestions\0"
	"/api/v1/org/{public_id}\0"
	"/api/v1/slo/search\0"
	"/api/v1/slo/can_delete\0"
	"/api/v1/slo/correction\0"
	"/api/v1/slo/bulk_delete\0"
	"/api/v1/slo/{slo_id}\0"
	"/api/v1/tags/hosts\0"
	"/api/v1/user/{user_handle}\0"
	"/api/v1/graph/snapshot\0"
	"/api/v1/hosts/totals\0"
	"/api/v1/usage/cws\0"
	"/api/v1/usage/dbm\0"
	"/api/v1/usage/iot\0"
	"/api/v1/usage/rum\0"
	"/api/v1/usage/sds\0"
	"/api/v1/usage/cspm\0"
	"/api/v1/usage/logs\0"
	"/api/v1/usage/snmp\0"
	"/api/v1/usage/hosts\0"
	"/api/v1/usage/ci-app\0"
	"/api/v1/usage/fargate\0"
	"/api/v1/usage/summary\0"
	"/api/v1/usage/profiling\0"
	"/api/v1/usage/audit_logs\0"
	"/api/v1/usage/aws_lambda\0"
	"/api/v1/usage/synthetics\0"
	"/api/v1/usage/timeseries\0"
	"/api/v1/usage/rum_sessions\0"
	"/api/v1/usage/analyzed_logs\0"
	"/api/v1/usage/indexed-spans\0"
	"/api/v1/usage/logs_by_index\0"
	"/api/v1/usage/network_flows\0"
	"/api/v1/usage/network_hosts\0"
	"/api/v1/usage/ingested-spans\0"
	"/api/v1/usage/online-archive\0"
	"/api/v1/usage/synthetics_api\0"
	"/api/v1/usage/top_avg_metrics\0"
	"/api/v1/usage/billable-summary\0"
	"/api/v1/usage/logs-by-retention\0"
	"/api/v1/usage/hourly-attribution\0"
	"/api/v1/usage/synthetics_browser\0"
	"/api/v1/usage/incident-management\0"
	"/api/v1/usage/monthly-attribution\0"
	"/api/v1/events/{event_id}\0"
	"/api/v1/api_key/{key}\0"
	"/api/v1/metrics/{metric_name}\0"
	"/api/v1/monitor/search\0"
	"/api/v1/monitor/validate\0"
	"/api/v1/monitor/can_delete\0"
	"/api/v1/monitor/{monitor_id}\0"
	"/api/v1/downtime/{downtime_id}\0"
	"/api/v1/dashboard/public\0"
	"/api/v1/dashboard/{dashboard_id}\0"
	"/api/v1/notebooks/{notebook_id}\0"
	"/api/v1/synthetics/tests\0"
	"/api/v1/synthetics/locations\0"
	"/api/v1/synthetics/variables\0"
	"/api/v1/synthetics/private-locations\0"
	"/api/v1/integration/aws\0"
	"/api/v1/integration/gcp\0"
	"/api/v1/integration/azure\0"
	"/api/v1/logs-queries/list\0"
	"/api/v1/application_key/{key}\0"
	"/api/v1/daily_custom_reports/{report_id}\0"
	"/api/v1/monthly_custom_reports/{report_id}\0"
	"/api/v2/ci/pipeline\0"
	"/api/v2/apm/services\0"
	"/api/v2/ndm/devices\0"
	"/api/v2/ndm/interfaces\0"
	"/api/v2/org/disable\0"
	"/api/v2/org/saml_configurations\0"
	"/api/v2/rum/config\0"
	"/api/v2/rum/events\0"
	"/api/v2/rum/operations\0"
	"/api/v2/rum/applications\0"
	"/api/v2/slo/report\0"
	"/api/v2/cost/tags\0"
	"/api/v2/cost/budget\0"
	"/api/v2/cost/budgets\0"
	"/api/v2/cost/tag_keys\0"
	"/api/v2/cost/anomalies\0"
	"/api/v2/cost/oci_config\0"
	"/api/v2/cost/custom_costs\0"
	"/api/v2/cost/tag_metadata\0"
	"/api/v2/cost/gcp_uc_config\0"
	"/api/v2/cost/arbitrary_rule\0"
	"/api/v2/cost/aws_cur_config\0"
	"/api/v2/cost/azure_uc_config\0"
	"/api/v2/cost/recommendations\0"
	"/api/v2/cost/tag_descriptions\0"
	"/api/v2/dora/failure\0"
	"/api/v2/dora/failures\0"
	"/api/v2/dora/incident\0"
	"/api/v2/dora/deployment\0"
	"/api/v2/dora/deployments\0"
	"/api/v2/logs/events\0"
	"/api/v2/tags/enrichment\0"
	"/api/v2/team/sync\0"
	"/api/v2/team/connections\0"
	"/api/v2/team/{team_id}\0"
	"/api/v2/audit/events\0"
	"/api/v2/cases/bulk\0"
	"/api/v2/cases/link\0"
	"/api/v2/cases/count\0"
	"/api/v2/cases/types\0"
	"/api/v2/cases/views\0"
	"/api/v2/cases/projects\0"
	"/api/v2/cases/aggregate\0"
	"/api/v2/cases/{case_id}\0"
	"/api/v2/fleet/agents\0"
	"/api/v2/fleet/schedules\0"
	"/api/v2/fleet/deployments\0"
	"/api/v2/fleet/agent_versions\0"
	"/api/v2/forms/create_and_publish\0"
	"/api/v2/forms/{form_id}\0"
	"/api/v2/query/scalar\0"
	"/api/v2/query/timeseries\0"
	"/api/v2/roles/templates\0"
	"/api/v2/roles/{role_id}\0"
	"/api/v2/seats/users\0"
	"/api/v2/spans/events\0"
	"/api/v2/trace/{trace_id}\0"
	"/api/v2/usage/cost_by_org\0"
	"/api/v2/usage/hourly_usage\0"
	"/api/v2/usage/estimated_cost\0"
	"/api/v2/usage/projected_cost\0"
	"/api/v2/usage/historical_cost\0"
	"/api/v2/usage/application_security\0"
	"/api/v2/usage/observability_pipelines\0"
	"/api/v2/usage/usage-attribution-types\0"
	"/api/v2/usage/billing_dimension_mapping\0"
	"/api/v2/usage/lambda_traced_invocations\0"
	"/api/v2/users/{user_id}\0"
	"/api/v2/events/search\0"
	"/api/v2/events/{event_id}\0"
	"/api/v2/oauth2/register\0"
	"/api/v2/actions/connections\0"
	"/api/v2/actions/execution-policies\0"
	"/api/v2/actions/app_key_registrations\0"
	"/api/v2/bits-ai/investigations\0"
	"/api/v2/catalog/kind\0"
	"/api/v2/catalog/entity\0"
	"/api/v2/catalog/relation\0"
	"/api/v2/metrics/tag-indexing-rules\0"
	"/api/v2/metrics/historical-metrics-configurations\0"
	"/api/v2/monitor/policy\0"
	"/api/v2/monitor/template\0"
	"/api/v2/monitor/notification_rule\0"
	"/api/v2/on-call/pages\0"
	"/api/v2/on-call/schedules\0"
	"/api/v2/on-call/escalation-policies\0"
	"/api/v2/widgets/{experience_type}\0"
	"/api/v2/api_keys/{api_key_id}\0"
	"/api/v2/datasets/{dataset_id}\0"
	"/api/v2/deletion/requests\0"
	"/api/v2/downtime/{downtime_id}\0"
	"/api/v2/security/sboms\0"
	"/api/v2/security/findings\0"
	"/api/v2/security/vulnerabilities\0"
	"/api/v2/security/vulnerable-assets\0"
	"/api/v2/security/scanned-assets-metadata\0"
	"/api/v2/services/definitions\0"
	"/api/v2/incidents/import\0"
	"/api/v2/incidents/search\0"
	"/api/v2/incidents/{incident_id}\0"
	"/api/v2/reporting/print\0"
	"/api/v2/reporting/schedule\0"
	"/api/v2/scorecard/rules\0"
	"/api/v2/scorecard/outcomes\0"
	"/api/v2/scorecard/campaigns\0"
	"/api/v2/scorecard/scorecards\0"
	"/api/v2/workflows/{workflow_id}\0"
	"/api/v2/annotation/{annotation_id}\0"
	"/api/v2/apicatalog/api\0"
	"/api/v2/apicatalog/openapi\0"
	"/api/v2/dashboards/usage\0"
	"/api/v2/governance/config\0"
	"/api/v2/governance/control\0"
	"/api/v2/governance/insights\0"
	"/api/v2/governance/notification_settings\0"
	"/api/v2/org_groups/{org_group_id}\0"
	"/api/v2/powerpacks/{powerpack_id}\0"
	"/api/v2/sourcemaps/list\0"
	"/api/v2/sourcemaps/restore\0"
	"/api/v2/sourcemaps/service_repository_info\0"
	"/api/v2/synthetics/suites\0"
	"/api/v2/synthetics/downtimes\0"
	"/api/v2/app-builder/apps\0"
	"/api/v2/app-builder/tags\0"
	"/api/v2/app-builder/blueprints\0"
	"/api/v2/cost_by_tag/monthly_cost_attribution\0"
	"/api/v2/cost_by_tag/active_billing_dimensions\0"
	"/api/v2/org_configs/{org_config_name}\0"
	"/api/v2/statuspages/degradations\0"
	"/api/v2/statuspages/maintenances\0"
	"/api/v2/statuspages/{page_id}\0"
	"/api/v2/current_user/application_keys\0"
	"/api/v2/pruned_trace/{trace_id}\0"
	"/api/v2/tag_policies/{policy_id}\0"
	"/api/v2/feature-flags/environments\0"
	"/api/v2/feature-flags/{feature_flag_id}\0"
	"/api/v2/model-lab-api/runs\0"
	"/api/v2/model-lab-api/projects\0"
	"/api/v2/model-lab-api/facet-keys\0"
	"/api/v2/model-lab-api/facet-values\0"
	"/api/v2/model-lab-api/project-facet-keys\0"
	"/api/v2/model-lab-api/project-facet-values\0"
	"/api/v2/obs-pipelines/pipelines\0"
	"/api/v2/stegadography/get-widgets\0"
	"/api/v2/authn_mappings/{authn_mapping_id}\0"
	"/api/v2/org_connections/{connection_id}\0"
	"/api/v2/static-analysis/rulesets\0"
	"/api/v2/application_keys/{app_key_id}\0"
	"/api/v2/deployment_gates/{id}\0"
	"/api/v2/reference-tables/tables\0"
	"/api/v2/reference-tables/uploads\0"
	"/api/v2/user_invitations/{user_invitation_uuid}\0"
	"/api/v2/change-management/change-request\0"
	"/api/v2/product-analytics/sankey\0"
	"/api/v2/security-entities/risk-scores\0"
	"/api/v2/actions-datastores/{datastore_id}\0"
	"/api/v2/identity_providers/{idp_id}\0"
	"/api/v2/org_group_policies/{org_group_policy_id}\0"
	"/api/v2/posture_management/findings\0"
	"/api/v2/restriction_policy/{resource_id}\0"
	"/api/v2/compliance_findings/rule_based_view\0"
	"/api/v2/maintenance_windows/{maintenance_window_id}\0"
	"/api/v2/saml_configurations/idp_metadata\0"
	"/api/v2/saml_configurations/{saml_config_uuid}\0"
	"/api/v2/security_monitoring/rules\0"
	"/api/v2/security_monitoring/signals\0"
	"/api/v2/security_monitoring/datasets\0"
	"/api/v2/security_monitoring/entity_context\0"
	"/api/v2/static-analysis-sca/dependencies\0"
	"/api/v2/team-hierarchy-links/{link_id}\0"
	"/api/v2/cloudinventoryservice/syncconfigs\0"
	"/api/v2/org_group_memberships/bulk\0"
	"/api/v2/org_group_memberships/{org_group_membership_id}\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}\0"
	"/api/v2/personal_access_tokens/{token_id}\0"
	"/api/v2/sensitive-data-scanner/config\0"
	"/api/v2/user_authorized_clients/{user_authorized_client_id}\0"
	"/api/v2/cloud_security_management/resource_filters\0"
	"/api/v2/cloud_security_management/custom_frameworks\0"
	"/api/v2/org_group_policy_overrides/{org_group_policy_override_id}\0"
	"/api/v2/siem-historical-detections/jobs\0"
	"/api/v2/siem-historical-detections/histsignals\0"
	"/api/unstable/fleet/tracers\0"
	"/api/unstable/fleet/schedules\0"
	"/api/v1/org/{public_id}/downgrade\0"
	"/api/v1/org/{public_id}/idp_metadata\0"
	"/api/v1/slo/correction/{slo_correction_id}\0"
	"/api/v1/slo/{slo_id}/history\0"
	"/api/v1/slo/{slo_id}/corrections\0"
	"/api/v1/host/{host_name}/mute\0"
	"/api/v1/host/{host_name}/unmute\0"
	"/api/v1/logs/config/indexes\0"
	"/api/v1/logs/config/pipelines\0"
	"/api/v1/logs/config/index-order\0"
	"/api/v1/logs/config/pipeline-order\0"
	"/api/v1/tags/hosts/{host_name}\0"
	"/api/v1/monitor/groups/search\0"
	"/api/v1/monitor/{monitor_id}/validate\0"
	"/api/v1/monitor/{monitor_id}/downtimes\0"
	"/api/v1/downtime/cancel/by_scope\0"
	"/api/v1/dashboard/lists/manual\0"
	"/api/v1/dashboard/public/{token}\0"
	"/api/v1/synthetics/tests/api\0"
	"/api/v1/synthetics/tests/delete\0"
	"/api/v1/synthetics/tests/mobile\0"
	"/api/v1/synthetics/tests/search\0"
	"/api/v1/synthetics/tests/browser\0"
	"/api/v1/synthetics/tests/trigger\0"
	"/api/v1/synthetics/tests/uptimes\0"
	"/api/v1/synthetics/tests/{public_id}\0"
	"/api/v1/synthetics/settings/default_locations\0"
	"/api/v1/synthetics/variables/{variable_id}\0"
	"/api/v1/synthetics/private-locations/{location_id}\0"
	"/api/v1/integration/aws/logs\0"
	"/api/v1/integration/aws/filtering\0"
	"/api/v1/integration/aws/event_bridge\0"
	"/api/v1/integration/aws/generate_new_external_id\0"
	"/api/v1/integration/aws/available_namespace_rules\0"
	"/api/v1/integration/azure/host_filters\0"
	"/api/v2/ci/tests/events\0"
	"/api/v2/ci/github/accounts\0"
	"/api/v2/ci/pipelines/events\0"
	"/api/v2/apm/config/metrics\0"
	"/api/v2/apm/config/retention-filters\0"
	"/api/v2/apm/config/retention-filters-execution-order\0"
	"/api/v2/csm/settings/hosts\0"
	"/api/v2/csm/settings/agentless_hosts\0"
	"/api/v2/csm/ownership/settings\0"
	"/api/v2/csm/ownership/{resource_id}\0"
	"/api/v2/csm/onboarding/agents\0"
	"/api/v2/idp/entity_integrations/{integration_id}\0"
	"/api/v2/ndm/devices/{device_id}\0"
	"/api/v2/rum/config/metrics\0"
	"/api/v2/rum/events/search\0"
	"/api/v2/rum/replay/playlists\0"
	"/api/v2/rum/analytics/aggregate\0"
	"/api/v2/rum/operations/search\0"
	"/api/v2/rum/operations/strong_links\0"
	"/api/v2/rum/operations/{rum_operation_id}\0"
	"/api/v2/rum/applications/{id}\0"
	"/api/v2/slo/{slo_id}/status\0"
	"/api/v2/spa/recommendations/{service}\0"
	"/api/v2/cost/budget/validate\0"
	"/api/v2/cost/budget/custom-forecast\0"
	"/api/v2/cost/budget/{budget_id}\0"
	"/api/v2/cost/tag_keys/{tag_key}\0"
	"/api/v2/cost/anomalies/{anomaly_id}\0"
	"/api/v2/cost/commitments/commitment-list\0"
	"/api/v2/cost/custom_costs/{file_id}\0"
	"/api/v2/cost/tag_metadata/months\0"
	"/api/v2/cost/tag_metadata/metrics\0"
	"/api/v2/cost/tag_metadata/currency\0"
	"/api/v2/cost/tag_metadata/tag_sources\0"
	"/api/v2/cost/tag_metadata/orchestrators\0"
	"/api/v2/cost/gcp_uc_config/{cloud_account_id}\0"
	"/api/v2/cost/arbitrary_rule/status\0"
	"/api/v2/cost/arbitrary_rule/reorder\0"
	"/api/v2/cost/arbitrary_rule/{rule_id}\0"
	"/api/v2/cost/aws_cur_config/{cloud_account_id}\0"
	"/api/v2/cost/account_filters/{cloud_account_id}\0"
	"/api/v2/cost/azure_uc_config/{cloud_account_id}\0"
	"/api/v2/cost/tag_descriptions/{tag_key}\0"
	"/api/v2/dora/failure/{failure_id}\0"
	"/api/v2/dora/failures/{failure_id}\0"
	"/api/v2/dora/deployment/{deployment_id}\0"
	"/api/v2/dora/deployments/{deployment_id}\0"
	"/api/v2/logs/config/metrics\0"
	"/api/v2/logs/config/archives\0"
	"/api/v2/logs/config/archive-order\0"
	"/api/v2/logs/config/custom-destinations\0"
	"/api/v2/logs/config/restriction_queries\0"
	"/api/v2/logs/events/search\0"
	"/api/v2/logs/analytics/aggregate\0"
	"/api/v2/tags/enrichment/status\0"
	"/api/v2/tags/enrichment/reorder\0"
	"/api/v2/tags/enrichment/validate-query\0"
	"/api/v2/tags/enrichment/{ruleset_id}\0"
	"/api/v2/team/{team_id}/links\0"
	"/api/v2/team/{team_id}/memberships\0"
	"/api/v2/team/{super_team_id}/member_teams\0"
	"/api/v2/team/{team_id}/notification-rules\0"
	"/api/v2/team/{team_id}/permission-settings\0"
	"/api/v2/test/flaky-test-management/tests\0"
	"/api/v2/audit/events/search\0"
	"/api/v2/cases/link/{link_id}\0"
	"/api/v2/cases/types/custom_attributes\0"
	"/api/v2/cases/types/{case_type_id}\0"
	"/api/v2/cases/views/{view_id}\0"
	"/api/v2/cases/projects/favorites\0"
	"/api/v2/cases/projects/{project_id}\0"
	"/api/v2/cases/{case_id}/title\0"
	"/api/v2/cases/{case_id}/assign\0"
	"/api/v2/cases/{case_id}/status\0"
	"/api/v2/cases/{case_id}/archive\0"
	"/api/v2/cases/{case_id}/comment\0"
	"/api/v2/cases/{case_id}/due_date\0"
	"/api/v2/cases/{case_id}/insights\0"
	"/api/v2/cases/{case_id}/priority\0"
	"/api/v2/cases/{case_id}/unassign\0"
	"/api/v2/cases/{case_id}/watchers\0"
	"/api/v2/cases/{case_id}/timelines\0"
	"/api/v2/cases/{case_id}/unarchive\0"
	"/api/v2/cases/{case_id}/attributes\0"
	"/api/v2/cases/{case_id}/description\0"
	"/api/v2/cases/{case_id}/resolved_reason\0"
	"/api/v2/ddsql/query/tabular\0"
	"/api/v2/fleet/agents/{agent_key}\0"
	"/api/v2/fleet/schedules/{id}\0"
	"/api/v2/fleet/deployments/upgrade\0"
	"/api/v2/fleet/deployments/configure\0"
	"/api/v2/fleet/deployments/{deployment_id}\0"
	"/api/v2/forms/{form_id}/clone\0"
	"/api/v2/forms/{form_id}/publish\0"
	"/api/v2/forms/{form_id}/versions\0"
	"/api/v2/login/org_configs/max_session_duration\0"
	"/api/v2/roles/{role_id}/clone\0"
	"/api/v2/roles/{role_id}/users\0"
	"/api/v2/roles/{role_id}/permissions\0"
	"/api/v2/spans/events/search\0"
	"/api/v2/spans/analytics/aggregate\0"
	"/api/v2/usage/summary/available_fields\0"
	"/api/v2/users/{user_id}/orgs\0"
	"/api/v2/users/{user_id}/invitations\0"
	"/api/v2/users/{user_uuid}/memberships\0"
	"/api/v2/users/{user_id}/permissions\0"
	"/api/v2/users/{user_id}/identity_providers\0"
	"/api/v2/oauth2/.well-known/sites\0"
	"/api/v2/replay/heatmap/snapshots\0"
	"/api/v2/actions/connections/{connection_id}\0"
	"/api/v2/actions/execution-policies/{policy_id}\0"
	"/api/v2/actions/app_key_registrations/{app_key_id}\0"
	"/api/v2/bits-ai/investigations/{id}\0"
	"/api/v2/catalog/kind/{kind_id}\0"
	"/api/v2/catalog/entity/preview\0"
	"/api/v2/catalog/entity/{entity_id}\0"
	"/api/v2/llm-obs/v1/prompts\0"
	"/api/v2/llm-obs/v1/projects\0"
	"/api/v2/llm-obs/v1/experiments\0"
	"/api/v2/llm-obs/v1/annotation-queues\0"
	"/api/v2/llm-obs/v1/topic-discovery-runs\0"
	"/api/v2/llm-obs/v1/annotated-interactions\0"
	"/api/v2/llm-obs/v1/topic-discovery-topics\0"
	"/api/v2/llm-obs/v1/topic-discovery-configs\0"
	"/api/v2/llm-obs/v1/topic-discovery-clustered-points\0"
	"/api/v2/metrics/config/bulk-tags\0"
	"/api/v2/metrics/tag-indexing-rules/order\0"
	"/api/v2/metrics/tag-indexing-rules/{id}\0"
	"/api/v2/metrics/historical-metrics-configurations/{metric_name}\0"
	"/api/v2/metrics/{metric_name}/tags\0"
	"/api/v2/metrics/{metric_name}/assets\0"
	"/api/v2/metrics/{metric_name}/volumes\0"
	"/api/v2/metrics/{metric_name}/all-tags\0"
	"/api/v2/metrics/{metric_name}/estimate\0"
	"/api/v2/metrics/{metric_name}/tag-cardinalities\0"
	"/api/v2/metrics/{metric_name}/tag-indexing-rules\0"
	"/api/v2/metrics/{metric_name}/active-configurations\0"
	"/api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions\0"
	"/api/v2/monitor/policy/{policy_id}\0"
	"/api/v2/monitor/template/validate\0"
	"/api/v2/monitor/template/{template_id}\0"
	"/api/v2/monitor/notification_rule/{rule_id}\0"
	"/api/v2/monitor/{monitor_id}/downtime_matches\0"
	"/api/v2/network/dns/aggregate\0"
	"/api/v2/network/connections/aggregate\0"
	"/api/v2/on-call/schedules/{schedule_id}\0"
	"/api/v2/on-call/escalation-policies/{policy_id}\0"
	"/api/v2/widgets/{experience_type}/{uuid}\0"
	"/api/v2/deletion/data/{product}\0"
	"/api/v2/security/siem/ioc-explorer\0"
	"/api/v2/security/sboms/{asset_type}\0"
	"/api/v2/security/signals/notification_rules\0"
	"/api/v2/security/findings/mute\0"
	"/api/v2/security/findings/cases\0"
	"/api/v2/security/findings/search\0"
	"/api/v2/security/findings/assignee\0"
	"/api/v2/security/findings/jira_issues\0"
	"/api/v2/security/findings/linear_issues\0"
	"/api/v2/security/findings/servicenow_tickets\0"
	"/api/v2/security/vulnerabilities/notification_rules\0"
	"/api/v2/services/definitions/{service_name}\0"
	"/api/v2/dashboard/{dashboard_id}/shared\0"
	"/api/v2/incidents/config/rules\0"
	"/api/v2/incidents/config/types\0"
	"/api/v2/incidents/config/impact-fields\0"
	"/api/v2/incidents/config/notification-rules\0"
	"/api/v2/incidents/config/user-defined-roles\0"
	"/api/v2/incidents/config/user-defined-fields\0"
	"/api/v2/incidents/config/postmortem-templates\0"
	"/api/v2/incidents/config/notification-templates\0"
	"/api/v2/incidents/config/google-chat-configurations\0"
	"/api/v2/incidents/config/google-meet-configurations\0"
	"/api/v2/incidents/{incident_id}/page\0"
	"/api/v2/incidents/{incident_id}/impacts\0"
	"/api/v2/incidents/{incident_id}/responders\0"
	"/api/v2/incidents/{incident_id}/attachments\0"
	"/api/v2/incidents/{incident_id}/configurations\0"
	"/api/v2/incidents/{incident_id}/servicenow-records\0"
	"/api/v2/incidents/{incident_id}/timestamp-overrides\0"
	"/api/v2/reporting/schedule/list\0"
	"/api/v2/reporting/schedule/{schedule_uuid}\0"
	"/api/v2/scorecard/rules/{rule_id}\0"
	"/api/v2/scorecard/scores/{aggregation}\0"
	"/api/v2/scorecard/outcomes/batch\0"
	"/api/v2/scorecard/campaigns/{campaign_id}\0"
	"/api/v2/workflows/{workflow_id}/instances\0"
	"/api/v2/annotation/page/{page_id}\0"
	"/api/v2/apicatalog/api/{id}\0"
	"/api/v2/cloud_auth/aws/persona_mapping\0"
	"/api/v2/dashboards/{dashboard_id}/usage\0"
	"/api/v2/governance/control/{detection_type}\0"
	"/api/v2/governance/detections/mitigate\0"
	"/api/v2/governance/detections/{detection_id}\0"
	"/api/v2/synthetics/tests/network\0"
	"/api/v2/synthetics/tests/bulk-delete\0"
	"/api/v2/synthetics/tests/poll_results\0"
	"/api/v2/synthetics/suites/search\0"
	"/api/v2/synthetics/suites/bulk-delete\0"
	"/api/v2/synthetics/suites/{public_id}\0"
	"/api/v2/synthetics/settings/on_demand_concurrency_cap\0"
	"/api/v2/synthetics/downtimes/{downtime_id}\0"
	"/api/v2/app-builder/apps/{app_id}\0"
	"/api/v2/app-builder/blueprint/{blueprint_id}\0"
	"/api/v2/deployments/gates/evaluation\0"
	"/api/v2/integration/aws/accounts\0"
	"/api/v2/integration/aws/event_bridge\0"
	"/api/v2/integration/aws/iam_permissions\0"
	"/api/v2/integration/aws/validate_ccm_config\0"
	"/api/v2/integration/aws/available_namespaces\0"
	"/api/v2/integration/aws/generate_new_external_id\0"
	"/api/v2/integration/gcp/accounts\0"
	"/api/v2/integration/gcp/sts_delegate\0"
	"/api/v2/integration/oci/products\0"
	"/api/v2/integration/oci/tenancies\0"
	"/api/v2/integration/jira/accounts\0"
	"/api/v2/integration/jira/issue-templates\0"
	"/api/v2/integration/slack/user-bindings\0"
	"/api/v2/integration/opsgenie/accounts\0"
	"/api/v2/integration/opsgenie/services\0"
	"/api/v2/integration/servicenow/handles\0"
	"/api/v2/integration/servicenow/instances\0"
	"/api/v2/integration/statuspage/account\0"
	"/api/v2/integration/statuspage/url_settings\0"
	"/api/v2/integration/google-chat/organizations\0"
	"/api/v2/integration/salesforce-incidents/organizations\0"
	"/api/v2/integration/salesforce-incidents/incident-templates\0"
	"/api/v2/statuspages/{page_id}/publish\0"
	"/api/v2/statuspages/{page_id}/unpublish\0"
	"/api/v2/statuspages/{page_id}/components\0"
	"/api/v2/statuspages/{page_id}/degradations\0"
	"/api/v2/statuspages/{page_id}/maintenances\0"
	"/api/v2/statuspages/{page_id}/degradation_templates\0"
	"/api/v2/statuspages/{page_id}/maintenance_templates\0"
	"/api/v2/current_user/application_keys/{app_key_id}\0"
	"/api/v2/integrations/okta/accounts\0"
	"/api/v2/integrations/fastly/accounts\0"
	"/api/v2/integrations/cloudflare/accounts\0"
	"/api/v2/integrations/confluent-cloud/accounts\0"
	"/api/v2/tag_policies/{policy_id}/score\0"
	"/api/v2/code-coverage/branch/summary\0"
	"/api/v2/code-coverage/commit/summary\0"
	"/api/v2/feature-flags/environments/{environment_id}\0"
	"/api/v2/feature-flags/{feature_flag_id}/archive\0"
	"/api/v2/feature-flags/{feature_flag_id}/variants\0"
	"/api/v2/feature-flags/{feature_flag_id}/unarchive\0"
	"/api/v2/model-lab-api/runs/{run_id}\0"
	"/api/v2/model-lab-api/projects/{project_id}\0"
	"/api/v2/model-lab-api/artifacts/content\0"
	"/api/v2/obs-pipelines/pipelines/validate\0"
	"/api/v2/obs-pipelines/pipelines/{pipeline_id}\0"
	"/api/v2/error-tracking/issues/search\0"
	"/api/v2/error-tracking/issues/{issue_id}\0"
	"/api/v2/static-analysis/ai/memory\0"
	"/api/v2/static-analysis/ai/prompts\0"
	"/api/v2/static-analysis/ai/rulesets\0"
	"/api/v2/static-analysis/custom/rulesets\0"
	"/api/v2/static-analysis/codegen/rulesets\0"
	"/api/v2/static-analysis/secrets/rules\0"
	"/api/v2/static-analysis/rulesets/{ruleset_name}\0"
	"/api/v2/static-analysis/default-rulesets/{language}\0"
	"/api/v2/static-analysis/static-analysis-server/analyze\0"
	"/api/v2/static-analysis/static-analysis-server/get-ast\0"
	"/api/v2/deployment_gates/{gate_id}/rules\0"
	"/api/v2/reference-tables/tables/{id}\0"
	"/api/v2/reference-tables/queries/batch-rows\0"
	"/api/v2/service_accounts/{service_account_id}/access_tokens\0"
	"/api/v2/service_accounts/{service_account_id}/application_keys\0"
	"/api/v2/web-integrations/{integration_name}/accounts\0"
	"/api/v2/change-management/change-request/{change_request_id}\0"
	"/api/v2/product-analytics/users/query\0"
	"/api/v2/product-analytics/users/facet_info\0"
	"/api/v2/product-analytics/users/event_filtered_query\0"
	"/api/v2/product-analytics/journey/list\0"
	"/api/v2/product-analytics/journey/funnel\0"
	"/api/v2/product-analytics/journey/scalar\0"
	"/api/v2/product-analytics/journey/timeseries\0"
	"/api/v2/product-analytics/accounts/query\0"
	"/api/v2/product-analytics/accounts/facet_info\0"
	"/api/v2/product-analytics/analytics/list\0"
	"/api/v2/product-analytics/analytics/scalar\0"
	"/api/v2/product-analytics/analytics/timeseries\0"
	"/api/v2/product-analytics/retention/grid\0"
	"/api/v2/product-analytics/retention/list\0"
	"/api/v2/product-analytics/retention/scalar\0"
	"/api/v2/product-analytics/retention/timeseries\0"
	"/api/v2/product-analytics/{entity}/mapping\0"
	"/api/v2/security-entities/risk-scores/{entity_id}\0"
	"/api/v2/actions-datastores/{datastore_id}/items\0"
	"/api/v2/agentless_scanning/accounts/aws\0"
	"/api/v2/agentless_scanning/accounts/gcp\0"
	"/api/v2/agentless_scanning/accounts/azure\0"
	"/api/v2/agentless_scanning/ondemand/aws\0"
	"/api/v2/identity_providers/{idp_id}/users\0"
	"/api/v2/posture_management/findings/{finding_id}\0"
	"/api/v2/security_monitoring/rules/test\0"
	"/api/v2/security_monitoring/rules/convert\0"
	"/api/v2/security_monitoring/rules/validation\0"
	"/api/v2/security_monitoring/rules/bulk_delete\0"
	"/api/v2/security_monitoring/rules/bulk_export\0"
	"/api/v2/security_monitoring/rules/{rule_id}\0"
	"/api/v2/security_monitoring/signals/search\0"
	"/api/v2/security_monitoring/signals/{signal_id}\0"
	"/api/v2/security_monitoring/datasets/dependencies\0"
	"/api/v2/security_monitoring/datasets/{dataset_id}\0"
	"/api/v2/security_monitoring/configuration/suppressions\0"
	"/api/v2/security_monitoring/configuration/critical_assets\0"
	"/api/v2/security_monitoring/configuration/security_filters\0"
	"/api/v2/security_monitoring/configuration/integration_config\0"
	"/api/v2/security_monitoring/content_packs/states\0"
	"/api/v2/security_monitoring/entity_context/{id}\0"
	"/api/v2/security_monitoring/sample_log_generation/subscriptions\0"
	"/api/v2/security_monitoring/cloud_workload_security/agent_rules\0"
	"/api/v2/static-analysis-sca/licenses/list\0"
	"/api/v2/static-analysis-sca/dependencies/scan\0"
	"/api/v2/static-analysis-sca/vulnerabilities/resolve-vulnerable-symbols\0"
	"/api/v2/cloudinventoryservice/syncconfigs/{id}\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients\0"
	"/api/v2/sensitive-data-scanner/config/rules\0"
	"/api/v2/sensitive-data-scanner/config/groups\0"
	"/api/v2/sensitive-data-scanner/config/standard-patterns\0"
	"/api/v2/user_authorized_clients/client/{client_id}\0"
	"/api/v2/siem-historical-detections/jobs/signal_convert\0"
	"/api/v2/siem-historical-detections/jobs/{job_id}\0"
	"/api/v2/siem-historical-detections/histsignals/search\0"
	"/api/v2/siem-historical-detections/histsignals/{histsignal_id}\0"
	"/api/unstable/fleet/schedules/{id}\0"
	"/api/v1/logs/config/indexes/{name}\0"
	"/api/v1/logs/config/pipelines/{pipeline_id}\0"
	"/api/v1/dashboard/lists/manual/{list_id}\0"
	"/api/v1/dashboard/public/{token}/invitation\0"
	"/api/v1/synthetics/ci/batch/{batch_id}\0"
	"/api/v1/synthetics/tests/api/{public_id}\0"
	"/api/v1/synthetics/tests/mobile/{public_id}\0"
	"/api/v1/synthetics/tests/browser/{public_id}\0"
	"/api/v1/synthetics/tests/trigger/ci\0"
	"/api/v1/synthetics/tests/{public_id}/status\0"
	"/api/v1/synthetics/tests/{public_id}/results\0"
	"/api/v1/integration/aws/logs/services\0"
	"/api/v1/integration/aws/logs/check_async\0"
	"/api/v1/integration/aws/logs/services_async\0"
	"/api/v1/integration/webhooks/configuration/webhooks\0"
	"/api/v1/integration/webhooks/configuration/custom-variables\0"
	"/api/v1/integration/pagerduty/configuration/services\0"
	"/api/v1/security_analytics/signals/{signal_id}/state\0"
	"/api/v1/security_analytics/signals/{signal_id}/assignee\0"
	"/api/v1/security_analytics/signals/{signal_id}/add_to_incident\0"
	"/api/v2/ci/tests/events/search\0"
	"/api/v2/ci/tests/analytics/aggregate\0"
	"/api/v2/ci/pipelines/events/search\0"
	"/api/v2/ci/pipelines/analytics/aggregate\0"
	"/api/v2/ci/test-optimization/settings/service\0"
	"/api/v2/ci/test-optimization/settings/policies\0"
	"/api/v2/apm/config/metrics/{metric_id}\0"
	"/api/v2/apm/config/retention-filters/{filter_id}\0"
	"/api/v2/csm/settings/hosts/facets\0"
	"/api/v2/csm/settings/hosts/facet_info\0"
	"/api/v2/csm/settings/agentless_hosts/facets\0"
	"/api/v2/csm/settings/agentless_hosts/facet_info\0"
	"/api/v2/csm/ownership/settings/untagged\0"
	"/api/v2/csm/ownership/{resource_id}/history\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}\0"
	"/api/v2/csm/onboarding/serverless/agents\0"
	"/api/v2/csm/onboarding/coverage_analysis/serverless\0"
	"/api/v2/csm/onboarding/coverage_analysis/cloud_accounts\0"
	"/api/v2/csm/onboarding/coverage_analysis/hosts_and_containers\0"
	"/api/v2/ndm/tags/devices/{device_id}\0"
	"/api/v2/ndm/tags/interfaces/{interface_id}\0"
	"/api/v2/rum/query/insight/aggregated_waterfall\0"
	"/api/v2/rum/query/insight/aggregated_long_tasks\0"
	"/api/v2/rum/query/insight/aggregated_signals_problems\0"
	"/api/v2/rum/config/metrics/{metric_id}\0"
	"/api/v2/rum/replay/playlists/{playlist_id}\0"
	"/api/v2/rum/replay/viewership-history/sessions\0"
	"/api/v2/rum/operations/by-name/{name}\0"
	"/api/v2/rum/applications/{app_id}/retention_filters\0"
	"/api/v2/slo/report/{report_id}/status\0"
	"/api/v2/slo/report/{report_id}/download\0"
	"/api/v2/spa/recommendations/{service}/{shard}\0"
	"/api/v2/cost/budget/csv/validate\0"
	"/api/v2/cost/budget/{budget_id}/custom-forecast\0"
	"/api/v2/cost/commitments/savings/scalar\0"
	"/api/v2/cost/commitments/savings/timeseries\0"
	"/api/v2/cost/commitments/coverage/scalar\0"
	"/api/v2/cost/commitments/coverage/timeseries\0"
	"/api/v2/cost/commitments/utilization/scalar\0"
	"/api/v2/cost/commitments/utilization/timeseries\0"
	"/api/v2/cost/commitments/on-demand-hot-spots/scalar\0"
	"/api/v2/cost/tag_descriptions/{tag_key}/generate\0"
	"/api/v2/logs/config/metrics/{metric_id}\0"
	"/api/v2/logs/config/archives/{archive_id}\0"
	"/api/v2/logs/config/custom-destinations/{custom_destination_id}\0"
	"/api/v2/logs/config/restriction_queries/{restriction_query_id}\0"
	"/api/v2/team/{team_id}/links/{link_id}\0"
	"/api/v2/team/{team_id}/memberships/{user_id}\0"
	"/api/v2/team/{super_team_id}/member_teams/{member_team_id}\0"
	"/api/v2/team/{team_id}/notification-rules/{rule_id}\0"
	"/api/v2/team/{team_id}/permission-settings/{action}\0"
	"/api/v2/cases/types/{case_type_id}/custom_attributes\0"
	"/api/v2/cases/projects/{project_id}/rules\0"
	"/api/v2/cases/projects/{project_id}/favorites\0"
	"/api/v2/cases/projects/{project_id}/notification_rules\0"
	"/api/v2/cases/{case_id}/comment/{cell_id}\0"
	"/api/v2/cases/{case_id}/watchers/{user_uuid}\0"
	"/api/v2/cases/{case_id}/relationships/project\0"
	"/api/v2/cases/{case_id}/relationships/notebook\0"
	"/api/v2/cases/{case_id}/relationships/incidents\0"
	"/api/v2/cases/{case_id}/relationships/jira_issues\0"
	"/api/v2/cases/{case_id}/relationships/servicenow_tickets\0"
	"/api/v2/cases/{case_id}/custom_attributes/{custom_attribute_key}\0"
	"/api/v2/ddsql/query/tabular/fetch\0"
	"/api/v2/fleet/deployments/{deployment_id}/cancel\0"
	"/api/v2/forms/{form_id}/versions/upsert_and_publish\0"
	"/api/v2/users/{user_id}/relationships/identity_providers\0"
	"/api/v2/oauth2/clients/{client_uuid}/scopes_restriction\0"
	"/api/v2/replay/heatmap/snapshots/{snapshot_id}\0"
	"/api/v2/llm-obs/v1/spans/events\0"
	"/api/v2/llm-obs/v1/prompts/{prompt_id}\0"
	"/api/v2/llm-obs/v1/projects/delete\0"
	"/api/v2/llm-obs/v1/projects/{project_id}\0"
	"/api/v2/llm-obs/v1/experiments/delete\0"
	"/api/v2/llm-obs/v1/experiments/{experiment_id}\0"
	"/api/v2/llm-obs/v1/experimentation/search\0"
	"/api/v2/llm-obs/v1/experimentation/analytics\0"
	"/api/v2/llm-obs/v1/experimentation/simple-search\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}\0"
	"/api/v2/llm-obs/v1/topic-discovery-runs/status\0"
	"/api/v2/llm-obs/v1/topic-discovery-topics/with-cluster-points\0"
	"/api/v2/llm-obs/v1/topic-discovery-configs/latest\0"
	"/api/v2/llm-obs/v1/topic-discovery-configs/{config_id}\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets\0"
	"/api/v2/monitor/template/{template_id}/validate\0"
	"/api/v2/on-call/pages/{page_id}/resolve\0"
	"/api/v2/on-call/pages/{page_id}/escalate\0"
	"/api/v2/on-call/pages/{page_id}/acknowledge\0"
	"/api/v2/on-call/teams/{team_id}/on-call\0"
	"/api/v2/on-call/teams/{team_id}/routing-rules\0"
	"/api/v2/on-call/users/{user_id}/notification-rules\0"
	"/api/v2/on-call/users/{user_id}/notification-channels\0"
	"/api/v2/on-call/schedules/{schedule_id}/on-call\0"
	"/api/v2/on-call/schedules/{schedule_id}/responders\0"
	"/api/v2/deletion/requests/{id}/cancel\0"
	"/api/v2/security/asm/services/{service_filter}\0"
	"/api/v2/security/siem/ioc-explorer/triage\0"
	"/api/v2/security/siem/ioc-explorer/indicator\0"
	"/api/v2/security/signals/notification_rules/{id}\0"
	"/api/v2/security/findings/cases/{case_id}\0"
	"/api/v2/security/findings/automation/mute_rules\0"
	"/api/v2/security/findings/automation/due_date_rules\0"
	"/api/v2/security/findings/automation/ticket_creation_rules\0"
	"/api/v2/security/findings/automation/severity_modifier_rules\0"
	"/api/v2/security/cloud_workload/policy/download\0"
	"/api/v2/security/vulnerabilities/notification_rules/{id}\0"
	"/api/v2/dashboard/{dashboard_id}/shared/secure-embed\0"
	"/api/v2/incidents/config/rules/{rule_id}\0"
	"/api/v2/incidents/config/types/org-settings\0"
	"/api/v2/incidents/config/types/{incident_type_id}\0"
	"/api/v2/incidents/config/global/settings\0"
	"/api/v2/incidents/config/global/incident-handles\0"
	"/api/v2/incidents/config/impact-fields/{field_id}\0"
	"/api/v2/incidents/config/notification-rules/{id}\0"
	"/api/v2/incidents/config/user-defined-roles/{role_id}\0"
	"/api/v2/incidents/config/user-defined-fields/{field_id}\0"
	"/api/v2/incidents/config/postmortem-templates/{template_id}\0"
	"/api/v2/incidents/config/notification-templates/{id}\0"
	"/api/v2/incidents/config/google-chat-configurations/{id}\0"
	"/api/v2/incidents/config/google-meet-configurations/{id}\0"
	"/api/v2/incidents/{incident_id}/ai/postmortem\0"
	"/api/v2/incidents/{incident_id}/cases/page\0"
	"/api/v2/incidents/{incident_id}/pages/link\0"
	"/api/v2/incidents/{incident_id}/impacts/{impact_id}\0"
	"/api/v2/incidents/{incident_id}/responders/{responder_id}\0"
	"/api/v2/incidents/{incident_id}/attachments/postmortems\0"
	"/api/v2/incidents/{incident_id}/attachments/{attachment_id}\0"
	"/api/v2/incidents/{incident_id}/relationships/todos\0"
	"/api/v2/incidents/{incident_id}/relationships/integrations\0"
	"/api/v2/incidents/{incident_id}/timestamp-overrides/{id}\0"
	"/api/v2/reporting/dataset/{dataset_id}/schedules\0"
	"/api/v2/reporting/schedule/{schedule_uuid}/toggle\0"
	"/api/v2/reporting/schedule/{resource_type}/{resource_id}\0"
	"/api/v2/workflows/{workflow_id}/instances/{instance_id}\0"
	"/api/v2/apicatalog/api/{id}/openapi\0"
	"/api/v2/cloud_auth/aws/persona_mapping/{persona_mapping_id}\0"
	"/api/v2/governance/control/{detection_type}/detections\0"
	"/api/v2/governance/control/{detection_type}/notification_settings\0"
	"/api/v2/synthetics/tests/fast/{id}\0"
	"/api/v2/synthetics/tests/network/{public_id}\0"
	"/api/v2/synthetics/tests/{public_id}/results\0"
	"/api/v2/synthetics/tests/{public_id}/parent-suites\0"
	"/api/v2/synthetics/tests/{public_id}/version_history\0"
	"/api/v2/synthetics/suites/{public_id}/jsonpatch\0"
	"/api/v2/synthetics/variables/{variable_id}/jsonpatch\0"
	"/api/v2/synthetics/api-multistep/subtests/{public_id}\0"
	"/api/v2/app-builder/apps/{app_id}/tags\0"
	"/api/v2/app-builder/apps/{app_id}/revert\0"
	"/api/v2/app-builder/apps/{app_id}/favorite\0"
	"/api/v2/app-builder/apps/{app_id}/versions\0"
	"/api/v2/app-builder/apps/{app_id}/deployment\0"
	"/api/v2/app-builder/apps/{app_id}/self-service\0"
	"/api/v2/app-builder/apps/{app_id}/version-name\0"
	"/api/v2/app-builder/apps/{app_id}/publish-request\0"
	"/api/v2/app-builder/apps/{app_id}/protection-level\0"
	"/api/v2/app-builder/blueprints/slugs/{slugs}\0"
	"/api/v2/app-builder/blueprints/integration-id/{integration_id}\0"
	"/api/v2/deployments/gates/evaluation/{id}\0"
	"/api/v2/integration/aws/logs/services\0"
	"/api/v2/integration/aws/accounts/{aws_account_config_id}\0"
	"/api/v2/integration/aws/iam_permissions/standard\0"
	"/api/v2/integration/aws/iam_permissions/resource_collection\0"
	"/api/v2/integration/gcp/accounts/{account_id}\0"
	"/api/v2/integration/oci/tenancies/{tenancy_ocid}\0"
	"/api/v2/integration/jira/accounts/{account_id}\0"
	"/api/v2/integration/jira/issue-templates/{issue_template_id}\0"
	"/api/v2/integration/ms-teams/configuration/tenant-based-handles\0"
	"/api/v2/integration/ms-teams/configuration/workflows-webhook-handles\0"
	"/api/v2/integration/opsgenie/accounts/{account_id}\0"
	"/api/v2/integration/opsgenie/services/{integration_service_id}\0"
	"/api/v2/integration/webhooks/configuration/auth-method\0"
	"/api/v2/integration/servicenow/users/{instance_id}\0"
	"/api/v2/integration/servicenow/handles/{template_id}\0"
	"/api/v2/integration/servicenow/assignment_groups/{instance_id}\0"
	"/api/v2/integration/servicenow/business_services/{instance_id}\0"
	"/api/v2/integration/statuspage/url_settings/{statuspage_url_setting_id}\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}\0"
	"/api/v2/integration/salesforce-incidents/organizations/{salesforce_org_id}\0"
	"/api/v2/integration/salesforce-incidents/incident-templates/{incident_template_id}\0"
	"/api/v2/statuspages/{page_id}/components/{component_id}\0"
	"/api/v2/statuspages/{page_id}/degradations/backfill\0"
	"/api/v2/statuspages/{page_id}/degradations/{degradation_id}\0"
	"/api/v2/statuspages/{page_id}/maintenances/backfill\0"
	"/api/v2/statuspages/{page_id}/maintenances/{maintenance_id}\0"
	"/api/v2/statuspages/{page_id}/degradation_templates/{template_id}\0"
	"/api/v2/statuspages/{page_id}/maintenance_templates/{template_id}\0"
	"/api/v2/integrations/okta/accounts/{account_id}\0"
	"/api/v2/integrations/fastly/accounts/{account_id}\0"
	"/api/v2/integrations/cloudflare/accounts/{account_id}\0"
	"/api/v2/integrations/confluent-cloud/accounts/{account_id}\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/stop\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/pause\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/start\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/resume\0"
	"/api/v2/feature-flags/{feature_flag_id}/variants/{variant_id}\0"
	"/api/v2/model-lab-api/runs/{run_id}/pin\0"
	"/api/v2/model-lab-api/runs/{run_id}/artifacts\0"
	"/api/v2/model-lab-api/projects/{project_id}/star\0"
	"/api/v2/model-lab-api/projects/{project_id}/artifacts\0"
	"/api/v2/remote_config/products/cws/policy\0"
	"/api/v2/remote_config/products/cws/agent_rules\0"
	"/api/v2/error-tracking/issues/{issue_id}/state\0"
	"/api/v2/error-tracking/issues/{issue_id}/assignee\0"
	"/api/v2/static-analysis/ai/memory/{id}\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}\0"
	"/api/v2/static-analysis/static-analysis-server/node-types/{language}\0"
	"/api/v2/static-analysis/static-analysis-server/tree-sitter-wasm/{file}\0"
	"/api/v2/deployment_gates/{gate_id}/rules/{id}\0"
	"/api/v2/reference-tables/tables/{id}/rows\0"
	"/api/v2/service_accounts/{service_account_id}/access_tokens/{token_id}\0"
	"/api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id}\0"
	"/api/v2/web-integrations/{integration_name}/accounts/{account_id}\0"
	"/api/v2/change-management/change-request/{change_request_id}/branch\0"
	"/api/v2/product-analytics/{entity}/mapping/connection\0"
	"/api/v2/product-analytics/{entity}/mapping/connections\0"
	"/api/v2/actions-datastores/{datastore_id}/items/bulk\0"
	"/api/v2/agentless_scanning/accounts/aws/{account_id}\0"
	"/api/v2/agentless_scanning/accounts/gcp/{project_id}\0"
	"/api/v2/agentless_scanning/accounts/azure/{subscription_id}\0"
	"/api/v2/agentless_scanning/ondemand/aws/{task_id}\0"
	"/api/v2/data-observability/monitors/{monitor_id}/run\0"
	"/api/v2/security_monitoring/rules/convert/bulk\0"
	"/api/v2/security_monitoring/rules/{rule_id}/test\0"
	"/api/v2/security_monitoring/rules/{rule_id}/convert\0"
	"/api/v2/security_monitoring/rules/{rule_id}/version_history\0"
	"/api/v2/security_monitoring/signals/bulk/state\0"
	"/api/v2/security_monitoring/signals/bulk/update\0"
	"/api/v2/security_monitoring/signals/bulk/assignee\0"
	"/api/v2/security_monitoring/signals/{signal_id}/state\0"
	"/api/v2/security_monitoring/signals/{signal_id}/update\0"
	"/api/v2/security_monitoring/signals/{signal_id}/assignee\0"
	"/api/v2/security_monitoring/signals/{signal_id}/entities\0"
	"/api/v2/security_monitoring/signals/{signal_id}/incidents\0"
	"/api/v2/security_monitoring/signals/{signal_id}/suggested_actions\0"
	"/api/v2/security_monitoring/signals/{signal_id}/investigation_queries\0"
	"/api/v2/security_monitoring/datasets/{dataset_id}/version_history\0"
	"/api/v2/security_monitoring/terraform/{resource_type}/bulk\0"
	"/api/v2/security_monitoring/terraform/{resource_type}/convert\0"
	"/api/v2/security_monitoring/terraform/{resource_type}/{resource_id}\0"
	"/api/v2/security_monitoring/configuration/suppressions/rules\0"
	"/api/v2/security_monitoring/configuration/suppressions/validation\0"
	"/api/v2/security_monitoring/configuration/suppressions/{suppression_id}\0"
	"/api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id}\0"
	"/api/v2/security_monitoring/configuration/security_filters/versions\0"
	"/api/v2/security_monitoring/configuration/security_filters/{security_filter_id}\0"
	"/api/v2/security_monitoring/configuration/integration_config/validate\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_config_id}\0"
	"/api/v2/security_monitoring/configuration/notification_rules/send_notification_preview\0"
	"/api/v2/security_monitoring/content_packs/{content_pack_id}/activate\0"
	"/api/v2/security_monitoring/content_packs/{content_pack_id}/deactivate\0"
	"/api/v2/security_monitoring/sample_log_generation/subscriptions/bulk\0"
	"/api/v2/security_monitoring/sample_log_generation/subscriptions/{content_pack_id}\0"
	"/api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id}\0"
	"/api/v2/static-analysis-sca/dependencies/scan/{job_id}\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}/user/{user_id}\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients/{user_authorized_client_id}\0"
	"/api/v2/sensitive-data-scanner/config/rules/{rule_id}\0"
	"/api/v2/sensitive-data-scanner/config/groups/{group_id}\0"
	"/api/v2/cloud_security_management/custom_frameworks/{handle}/{version}\0"
	"/api/v2/siem-historical-detections/jobs/{job_id}/cancel\0"
	"/api/v2/siem-historical-detections/jobs/{job_id}/histsignals\0"
	"/api/unstable/fleet/agents/{agent_key}/tracers\0"
	"/api/unstable/fleet/schedules/{id}/trigger\0"
	"/api/unstable/llm-obs/config/evaluators/custom\0"
	"/api/v1/synthetics/tests/browser/{public_id}/results\0"
	"/api/v1/synthetics/tests/{public_id}/results/{result_id}\0"
	"/api/v1/integration/webhooks/configuration/webhooks/{webhook_name}\0"
	"/api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name}\0"
	"/api/v1/integration/pagerduty/configuration/services/{service_name}\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}/history\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}/evidence\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}/feedback\0"
	"/api/v2/rum/config/retention-quota/{scope_type}/{scope_id}\0"
	"/api/v2/rum/replay/sessions/{session_id}/watches\0"
	"/api/v2/rum/replay/sessions/{session_id}/watchers\0"
	"/api/v2/rum/replay/playlists/{playlist_id}/sessions\0"
	"/api/v2/rum/operations/strong_links/{rum_operation_id}/{feature_id}\0"
	"/api/v2/rum/applications/{app_id}/relationships/retention_filters\0"
	"/api/v2/rum/applications/{app_id}/retention_filters/permanent\0"
	"/api/v2/rum/applications/{app_id}/retention_filters/{rf_id}\0"
	"/api/v2/logs/config/archives/{archive_id}/readers\0"
	"/api/v2/logs/config/restriction_queries/role/{role_id}\0"
	"/api/v2/logs/config/restriction_queries/user/{user_id}\0"
	"/api/v2/logs/config/restriction_queries/{restriction_query_id}/roles\0"
	"/api/v2/cases/types/{case_type_id}/custom_attributes/{custom_attribute_id}\0"
	"/api/v2/cases/projects/{project_id}/rules/{rule_id}\0"
	"/api/v2/cases/projects/{project_id}/notification_rules/{notification_rule_id}\0"
	"/api/v2/llm-obs/v1/spans/events/search\0"
	"/api/v2/llm-obs/v1/prompts/{prompt_id}/versions\0"
	"/api/v2/llm-obs/v1/experiments/{experiment_id}/events\0"
	"/api/v2/llm-obs/v1/integrations/{integration}/accounts\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/label-schema\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotated-interactions\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/delete\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}\0"
	"/api/v2/llm-obs/v2/experiments/{experiment_id}/events\0"
	"/api/v2/llm-obs/v3/experiments/{experiment_id}/events\0"
	"/api/v2/on-call/users/{user_id}/notification-rules/{rule_id}\0"
	"/api/v2/on-call/users/{user_id}/notification-channels/{channel_id}\0"
	"/api/v2/security/findings/automation/mute_rules/reorder\0"
	"/api/v2/security/findings/automation/mute_rules/{rule_id}\0"
	"/api/v2/security/findings/automation/due_date_rules/reorder\0"
	"/api/v2/security/findings/automation/due_date_rules/{rule_id}\0"
	"/api/v2/security/findings/automation/ticket_creation_rules/reorder\0"
	"/api/v2/security/findings/automation/ticket_creation_rules/{rule_id}\0"
	"/api/v2/security/findings/automation/severity_modifier_rules/reorder\0"
	"/api/v2/security/findings/automation/severity_modifier_rules/{rule_id}\0"
	"/api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards\0"
	"/api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token}\0"
	"/api/v2/incidents/config/types/{incident_type_id}/org-settings\0"
	"/api/v2/incidents/{incident_id}/relationships/todos/{todo_id}\0"
	"/api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}\0"
	"/api/v2/workflows/{workflow_id}/instances/{instance_id}/cancel\0"
	"/api/v2/synthetics/tests/browser/{public_id}/results\0"
	"/api/v2/synthetics/tests/{public_id}/files/download\0"
	"/api/v2/synthetics/tests/{public_id}/files/multipart-upload-abort\0"
	"/api/v2/synthetics/tests/{public_id}/files/multipart-presigned-urls\0"
	"/api/v2/synthetics/tests/{public_id}/files/multipart-upload-complete\0"
	"/api/v2/synthetics/tests/{public_id}/results/{result_id}\0"
	"/api/v2/synthetics/tests/{public_id}/version_history/{version_number}\0"
	"/api/v2/synthetics/downtimes/{downtime_id}/tests/{test_id}\0"
	"/api/v2/synthetics/api-multistep/subtests/{public_id}/parents\0"
	"/api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config\0"
	"/api/v2/integration/aws/accounts/{aws_account_config_id}/metric_name_filter_preview\0"
	"/api/v2/integration/ms-teams/configuration/user-binding/{tenant_id}\0"
	"/api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id}\0"
	"/api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id}\0"
	"/api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/delegated-user\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles\0"
	"/api/v2/integrations/fastly/accounts/{account_id}/services\0"
	"/api/v2/integrations/confluent-cloud/accounts/{account_id}/resources\0"
	"/api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/enable\0"
	"/api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/disable\0"
	"/api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/allocations\0"
	"/api/v2/remote_config/products/asm/waf/policies\0"
	"/api/v2/remote_config/products/asm/waf/custom_rules\0"
	"/api/v2/remote_config/products/asm/waf/exclusion_filters\0"
	"/api/v2/remote_config/products/cws/policy/download\0"
	"/api/v2/remote_config/products/cws/policy/{policy_id}\0"
	"/api/v2/remote_config/products/cws/agent_rules/{agent_rule_id}\0"
	"/api/v2/remote_config/products/rum/configs/{config_id}\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules\0"
	"/api/v2/reference-tables/tables/{id}/rows/list\0"
	"/api/v2/change-management/change-request/{change_request_id}/decisions/{decision_id}\0"
	"/api/v2/product-analytics/{entity}/mapping/connection/{id}\0"
	"/api/v2/data-observability/monitors/runs/{run_id}/status\0"
	"/api/v2/security_monitoring/rules/{rule_id}/restore/{version}\0"
	"/api/v2/security_monitoring/datasets/{dataset_id}/version/{version}\0"
	"/api/v2/security_monitoring/configuration/suppressions/rules/{rule_id}\0"
	"/api/v2/security_monitoring/configuration/suppressions/{suppression_id}/version_history\0"
	"/api/v2/security_monitoring/configuration/critical_assets/rules/{rule_id}\0"
	"/api/v2/security_monitoring/configuration/integration_config/entra_id/azure_app_registrations\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_type}/activate\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_config_id}/validate\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_type}/deactivate\0"
	"/api/unstable/llm-obs/config/evaluators/custom/{eval_name}\0"
	"/api/v1/synthetics/tests/browser/{public_id}/results/{result_id}\0"
	"/api/v1/integration/slack/configuration/accounts/{account_name}/channels\0"
	"/api/v2/rum/replay/playlists/{playlist_id}/sessions/{session_id}\0"
	"/api/v2/rum/applications/{app_id}/retention_filters/permanent/{permanent_rf_id}\0"
	"/api/v2/cases/projects/{project_id}/rules/{rule_id}/enable\0"
	"/api/v2/cases/projects/{project_id}/rules/{rule_id}/disable\0"
	"/api/v2/llm-obs/v1/prompts/{prompt_id}/versions/{version}\0"
	"/api/v2/llm-obs/v1/integrations/{integration}/{account_id}/models\0"
	"/api/v2/llm-obs/v1/integrations/{integration}/{account_id}/inference\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations/delete\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions/delete\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/clone\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/export\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/restore\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/versions\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/batch_update\0"
	"/api/v2/synthetics/tests/browser/{public_id}/results/{result_id}\0"
	"/api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id}\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id}\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id}\0"
	"/api/v2/statuspages/{page_id}/degradations/{degradation_id}/updates/{update_id}\0"
	"/api/v2/statuspages/{page_id}/maintenances/{maintenance_id}/updates/{update_id}\0"
	"/api/v2/integrations/fastly/accounts/{account_id}/services/{service_id}\0"
	"/api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id}\0"
	"/api/v2/remote_config/products/asm/waf/policies/{policy_id}\0"
	"/api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id}\0"
	"/api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id}\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}\0"
	"/api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name}\0"
	"/api/v2/rum/replay/sessions/{session_id}/views/{view_id}/segments\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records/delete\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/lock\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/unlock\0"
	"/api/v2/llm-obs/v2/{project_id}/datasets/{dataset_id}/records/upload\0"
	"/api/v2/integration/ms-teams/configuration/channel/{tenant_name}/{team_name}/{channel_name}\0"
	"/api/v2/integration/google-chat/organizations/app/named-spaces/{domain_name}/{space_display_name}\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id}\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/revert\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id}";

/* {path, method, security list}, grouped by trie node */
const struct cp_ep_op cp_ep_ops[] = {
	{0, CP_EP_GET, 0}, /* / */
	{2, CP_EP_POST, KEY}, /* /v1/input */
	{12, CP_EP_GET, KEY | APP}, /* /api/v1/org */
	{12, CP_EP_POST, KEY | APP}, /* /api/v1/org */
	{24, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo */
	{24, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/slo */
	{36, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/user */
	{36, CP_EP_POST, KEY | APP}, /* /api/v1/user */
	{49, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/hosts */
	{63, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/query */
	{77, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/events */
	{77, CP_EP_POST, KEY}, /* /api/v1/events */
	{92, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/search */
	{107, CP_EP_POST, KEY}, /* /api/v1/series */
	{122, CP_EP_GET, KEY | APP}, /* /api/v1/api_key */
	{122, CP_EP_POST, KEY | APP}, /* /api/v1/api_key */
	{138, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/metrics */
	{154, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor */
	{154, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/monitor */
	{170, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/downtime */
	{170, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/downtime */
	{187, CP_EP_GET, KEY}, /* /api/v1/validate */
	{204, CP_EP_POST, KEY}, /* /api/v1/check_run */
	{222, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{222, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{222, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{222, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{240, CP_EP_GET, KEY | APP}, /* /api/v1/notebooks */
	{240, CP_EP_POST, KEY | APP}, /* /api/v1/notebooks */
	{258, CP_EP_GET, KEY | APP}, /* /api/v1/application_key */
	{258, CP_EP_POST, KEY | APP}, /* /api/v1/application_key */
	{282, CP_EP_POST, KEY}, /* /api/v1/distribution_points */
	{310, CP_EP_GET, KEY | APP}, /* /api/v1/daily_custom_reports */
	{339, CP_EP_GET, KEY | APP}, /* /api/v1/monthly_custom_reports */
	{370, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org */
	{382, CP_EP_GET, KEY | APP}, /* /api/v2/hamr */
	{382, CP_EP_POST, KEY | APP}, /* /api/v2/hamr */
	{395, CP_EP_POST, KEY}, /* /api/v2/logs */
	{408, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team */
	{408, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team */
	{421, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases */
	{421, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases */
	{435, CP_EP_GET, KEY | APP}, /* /api/v2/forms */
	{435, CP_EP_POST, KEY | APP}, /* /api/v2/forms */
	{449, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles */
	{449, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles */
	{463, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users */
	{463, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/users */
	{477, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/events */
	{477, CP_EP_POST, KEY | APP}, /* /api/v2/events */
	{492, CP_EP_POST, KEY}, /* /api/v2/series */
	{507, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics */
	{523, CP_EP_GET, KEY | APP}, /* /api/v2/api_keys */
	{523, CP_EP_POST, KEY | APP}, /* /api/v2/api_keys */
	{540, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/datasets */
	{540, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/datasets */
	{557, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/downtime */
	{557, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/downtime */
	{574, CP_EP_POST, KEY | APP}, /* /api/v2/snapshot */
	{591, CP_EP_GET, KEY}, /* /api/v2/validate */
	{608, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents */
	{608, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents */
	{626, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/processes */
	{644, CP_EP_GET, KEY | APP}, /* /api/v2/workflows */
	{644, CP_EP_POST, KEY | APP}, /* /api/v2/workflows */
	{662, CP_EP_GET, KEY | APP}, /* /api/v2/annotation */
	{662, CP_EP_POST, KEY | APP}, /* /api/v2/annotation */
	{681, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/containers */
	{700, CP_EP_GET, KEY | APP}, /* /api/v2/org_groups */
	{700, CP_EP_POST, KEY | APP}, /* /api/v2/org_groups */
	{719, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/powerpacks */
	{719, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/powerpacks */
	{738, CP_EP_POST, KEY}, /* /api/v2/prodlytics */
	{757, CP_EP_GET, KEY | APP}, /* /api/v2/sourcemaps */
	{757, CP_EP_DELETE, KEY | APP}, /* /api/v2/sourcemaps */
	{776, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/global_orgs */
	{796, CP_EP_GET, KEY | APP}, /* /api/v2/org_configs */
	{816, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/permissions */
	{836, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages */
	{836, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages */
	{856, CP_EP_GET, KEY | APP}, /* /api/v2/current_user */
	{856, CP_EP_PATCH, KEY | APP}, /* /api/v2/current_user */
	{877, CP_EP_GET, KEY | APP}, /* /api/v2/integrations */
	{898, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ip_allowlist */
	{898, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ip_allowlist */
	{919, CP_EP_GET, KEY | APP}, /* /api/v2/tag_policies */
	{919, CP_EP_POST, KEY | APP}, /* /api/v2/tag_policies */
	{940, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags */
	{940, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags */
	{962, CP_EP_GET, KEY | APP}, /* /api/v2/validate_keys */
	{984, CP_EP_GET, KEY | APP}, /* /api/v2/authn_mappings */
	{984, CP_EP_POST, KEY | APP}, /* /api/v2/authn_mappings */
	{1007, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/anonymize_users */
	{1031, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_connections */
	{1031, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/org_connections */
	{1055, CP_EP_GET, KEY | APP}, /* /api/v2/application_keys */
	{1080, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/container_images */
	{1105, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates */
	{1105, CP_EP_POST, KEY | APP}, /* /api/v2/deployment_gates */
	{1130, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/domain_allowlist */
	{1130, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/domain_allowlist */
	{1155, CP_EP_POST, KEY | APP}, /* /api/v2/service_accounts */
	{1180, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/user_invitations */
	{1205, CP_EP_GET, KEY | APP}, /* /api/v2/actions-datastores */
	{1205, CP_EP_POST, KEY | APP}, /* /api/v2/actions-datastores */
	{1232, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/identity_providers */
	{1259, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policies */
	{1259, CP_EP_POST, KEY | APP}, /* /api/v2/org_group_policies */
	{1286, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows */
	{1286, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows */
	{1314, CP_EP_GET, KEY | APP}, /* /api/v2/saml_configurations */
	{1342, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links */
	{1342, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links */
	{1371, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_memberships */
	{1401, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients */
	{1432, CP_EP_GET, KEY | APP}, /* /api/v2/personal_access_tokens */
	{1432, CP_EP_POST, KEY | APP}, /* /api/v2/personal_access_tokens */
	{1463, CP_EP_GET, KEY | APP}, /* /api/v2/network-health-insights */
	{1495, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients */
	{1527, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_configs */
	{1560, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_overrides */
	{1560, CP_EP_POST, KEY | APP}, /* /api/v2/org_group_policy_overrides */
	{1595, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_suggestions */
	{1632, CP_EP_GET, KEY | APP}, /* /api/v1/org/{public_id} */
	{1632, CP_EP_PUT, KEY | APP}, /* /api/v1/org/{public_id} */
	{1656, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/search */
	{1675, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/can_delete */
	{1698, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/correction */
	{1698, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/slo/correction */
	{1721, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/slo/bulk_delete */
	{1745, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id} */
	{1745, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id} */
	{1745, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id} */
	{1766, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/tags/hosts */
	{1785, CP_EP_GET, KEY | APP}, /* /api/v1/user/{user_handle} */
	{1785, CP_EP_PUT, KEY | APP}, /* /api/v1/user/{user_handle} */
	{1785, CP_EP_DELETE, KEY | APP}, /* /api/v1/user/{user_handle} */
	{1812, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/graph/snapshot */
	{1835, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/hosts/totals */
	{1856, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/cws */
	{1874, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/dbm */
	{1892, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/iot */
	{1910, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/rum */
	{1928, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/sds */
	{1946, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/cspm */
	{1965, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/logs */
	{1984, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/snmp */
	{2003, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/hosts */
	{2023, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/ci-app */
	{2044, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/fargate */
	{2066, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/summary */
	{2088, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/profiling */
	{2112, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/audit_logs */
	{2137, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/aws_lambda */
	{2162, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/synthetics */
	{2187, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/timeseries */
	{2212, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/rum_sessions */
	{2239, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/analyzed_logs */
	{2267, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/indexed-spans */
	{2295, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/logs_by_index */
	{2323, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/network_flows */
	{2351, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/network_hosts */
	{2379, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/ingested-spans */
	{2408, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/online-archive */
	{2437, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/synthetics_api */
	{2466, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/top_avg_metrics */
	{2496, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/billable-summary */
	{2527, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/logs-by-retention */
	{2559, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/hourly-attribution */
	{2592, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/synthetics_browser */
	{2625, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/incident-management */
	{2659, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/monthly-attribution */
	{2693, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/events/{event_id} */
	{2719, CP_EP_GET, KEY | APP}, /* /api/v1/api_key/{key} */
	{2719, CP_EP_PUT, KEY | APP}, /* /api/v1/api_key/{key} */
	{2719, CP_EP_DELETE, KEY | APP}, /* /api/v1/api_key/{key} */
	{2741, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/metrics/{metric_name} */
	{2741, CP_EP_PUT, KEY | APP}, /* /api/v1/metrics/{metric_name} */
	{2771, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/search */
	{2794, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/monitor/validate */
	{2819, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/can_delete */
	{2846, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id} */
	{2846, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id} */
	{2846, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id} */
	{2875, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/downtime/{downtime_id} */
	{2875, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/downtime/{downtime_id} */
	{2875, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/downtime/{downtime_id} */
	{2906, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public */
	{2931, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/{dashboard_id} */
	{2931, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/dashboard/{dashboard_id} */
	{2931, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/{dashboard_id} */
	{2964, CP_EP_GET, KEY | APP}, /* /api/v1/notebooks/{notebook_id} */
	{2964, CP_EP_PUT, KEY | APP}, /* /api/v1/notebooks/{notebook_id} */
	{2964, CP_EP_DELETE, KEY | APP}, /* /api/v1/notebooks/{notebook_id} */
	{2996, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests */
	{3021, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/locations */
	{3050, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables */
	{3050, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables */
	{3079, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations */
	{3116, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws */
	{3116, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws */
	{3116, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/aws */
	{3116, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws */
	{3140, CP_EP_GET, KEY | APP}, /* /api/v1/integration/gcp */
	{3140, CP_EP_POST, KEY | APP}, /* /api/v1/integration/gcp */
	{3140, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/gcp */
	{3140, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/gcp */
	{3164, CP_EP_GET, KEY | APP}, /* /api/v1/integration/azure */
	{3164, CP_EP_POST, KEY | APP}, /* /api/v1/integration/azure */
	{3164, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/azure */
	{3164, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/azure */
	{3190, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/logs-queries/list */
	{3216, CP_EP_GET, KEY | APP}, /* /api/v1/application_key/{key} */
	{3216, CP_EP_PUT, KEY | APP}, /* /api/v1/application_key/{key} */
	{3216, CP_EP_DELETE, KEY | APP}, /* /api/v1/application_key/{key} */
	{3246, CP_EP_GET, KEY | APP}, /* /api/v1/daily_custom_reports/{report_id} */
	{3287, CP_EP_GET, KEY | APP}, /* /api/v1/monthly_custom_reports/{report_id} */
	{3330, CP_EP_POST, KEY}, /* /api/v2/ci/pipeline */
	{3350, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/apm/services */
	{3371, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/devices */
	{3391, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/interfaces */
	{3414, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/org/disable */
	{3434, CP_EP_PATCH, KEY | APP}, /* /api/v2/org/saml_configurations */
	{3466, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config */
	{3466, CP_EP_POST, KEY | APP}, /* /api/v2/rum/config */
	{3466, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/config */
	{3485, CP_EP_GET, KEY | APP}, /* /api/v2/rum/events */
	{3504, CP_EP_POST, KEY | APP}, /* /api/v2/rum/operations */
	{3527, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications */
	{3527, CP_EP_POST, KEY | APP}, /* /api/v2/rum/applications */
	{3552, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/slo/report */
	{3571, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tags */
	{3589, CP_EP_PUT, KEY | APP}, /* /api/v2/cost/budget */
	{3609, CP_EP_GET, KEY | APP}, /* /api/v2/cost/budgets */
	{3630, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_keys */
	{3652, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/anomalies */
	{3675, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/oci_config */
	{3699, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs */
	{3699, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs */
	{3725, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata */
	{3751, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config */
	{3751, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config */
	{3778, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule */
	{3778, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule */
	{3806, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config */
	{3806, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config */
	{3834, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config */
	{3834, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config */
	{3863, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/recommendations */
	{3892, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions */
	{3922, CP_EP_POST, KEY}, /* /api/v2/dora/failure */
	{3943, CP_EP_POST, KEY | APP}, /* /api/v2/dora/failures */
	{3965, CP_EP_POST, KEY}, /* /api/v2/dora/incident */
	{3987, CP_EP_POST, KEY}, /* /api/v2/dora/deployment */
	{4011, CP_EP_POST, KEY | APP}, /* /api/v2/dora/deployments */
	{4011, CP_EP_PATCH, KEY | APP}, /* /api/v2/dora/deployments */
	{4036, CP_EP_GET, KEY | APP}, /* /api/v2/logs/events */
	{4056, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment */
	{4056, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment */
	{4080, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/sync */
	{4080, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/sync */
	{4098, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/connections */
	{4098, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/connections */
	{4098, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/connections */
	{4123, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id} */
	{4123, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id} */
	{4123, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id} */
	{4146, CP_EP_GET, KEY | APP}, /* /api/v2/audit/events */
	{4167, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/bulk */
	{4186, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/link */
	{4186, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/link */
	{4205, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/count */
	{4225, CP_EP_GET, KEY | APP}, /* /api/v2/cases/types */
	{4225, CP_EP_POST, KEY | APP}, /* /api/v2/cases/types */
	{4245, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/views */
	{4245, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/views */
	{4265, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects */
	{4265, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects */
	{4288, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/aggregate */
	{4312, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id} */
	{4336, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/agents */
	{4357, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/schedules */
	{4381, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/deployments */
	{4407, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/agent_versions */
	{4436, CP_EP_POST, KEY | APP}, /* /api/v2/forms/create_and_publish */
	{4469, CP_EP_GET, KEY | APP}, /* /api/v2/forms/{form_id} */
	{4469, CP_EP_PATCH, KEY | APP}, /* /api/v2/forms/{form_id} */
	{4469, CP_EP_DELETE, KEY | APP}, /* /api/v2/forms/{form_id} */
	{4493, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/query/scalar */
	{4514, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/query/timeseries */
	{4539, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/templates */
	{4563, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id} */
	{4563, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id} */
	{4563, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id} */
	{4587, CP_EP_GET, KEY | APP}, /* /api/v2/seats/users */
	{4587, CP_EP_POST, KEY | APP}, /* /api/v2/seats/users */
	{4587, CP_EP_DELETE, KEY | APP}, /* /api/v2/seats/users */
	{4607, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/spans/events */
	{4628, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/trace/{trace_id} */
	{4653, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/cost_by_org */
	{4679, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/hourly_usage */
	{4706, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/estimated_cost */
	{4735, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/projected_cost */
	{4764, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/historical_cost */
	{4794, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/application_security */
	{4829, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/observability_pipelines */
	{4867, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/usage-attribution-types */
	{4905, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/billing_dimension_mapping */
	{4945, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/lambda_traced_invocations */
	{4985, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id} */
	{4985, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id} */
	{4985, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id} */
	{5009, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/events/search */
	{5031, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/events/{event_id} */
	{5057, CP_EP_POST, 0}, /* /api/v2/oauth2/register */
	{5081, CP_EP_POST, KEY | APP}, /* /api/v2/actions/connections */
	{5109, CP_EP_GET, KEY | APP}, /* /api/v2/actions/execution-policies */
	{5109, CP_EP_POST, KEY | APP}, /* /api/v2/actions/execution-policies */
	{5144, CP_EP_GET, KEY | APP}, /* /api/v2/actions/app_key_registrations */
	{5182, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/bits-ai/investigations */
	{5182, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/bits-ai/investigations */
	{5213, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/catalog/kind */
	{5213, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/catalog/kind */
	{5234, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity */
	{5234, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity */
	{5257, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/catalog/relation */
	{5282, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules */
	{5282, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules */
	{5317, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/historical-metrics-configurations */
	{5367, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/policy */
	{5367, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/policy */
	{5390, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/template */
	{5390, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/template */
	{5415, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/notification_rule */
	{5415, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/notification_rule */
	{5449, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages */
	{5471, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules */
	{5497, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies */
	{5533, CP_EP_GET, KEY | APP}, /* /api/v2/widgets/{experience_type} */
	{5533, CP_EP_POST, KEY | APP}, /* /api/v2/widgets/{experience_type} */
	{5567, CP_EP_GET, KEY | APP}, /* /api/v2/api_keys/{api_key_id} */
	{5567, CP_EP_PATCH, KEY | APP}, /* /api/v2/api_keys/{api_key_id} */
	{5567, CP_EP_DELETE, KEY | APP}, /* /api/v2/api_keys/{api_key_id} */
	{5597, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/datasets/{dataset_id} */
	{5597, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/datasets/{dataset_id} */
	{5597, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/datasets/{dataset_id} */
	{5627, CP_EP_GET, KEY | APP}, /* /api/v2/deletion/requests */
	{5653, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/downtime/{downtime_id} */
	{5653, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/downtime/{downtime_id} */
	{5653, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/downtime/{downtime_id} */
	{5684, CP_EP_GET, KEY | APP}, /* /api/v2/security/sboms */
	{5707, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security/findings */
	{5733, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerabilities */
	{5733, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/vulnerabilities */
	{5766, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerable-assets */
	{5801, CP_EP_GET, KEY | APP}, /* /api/v2/security/scanned-assets-metadata */
	{5842, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/services/definitions */
	{5842, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/services/definitions */
	{5871, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/import */
	{5896, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/search */
	{5921, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id} */
	{5921, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id} */
	{5921, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id} */
	{5953, CP_EP_POST, KEY | APP}, /* /api/v2/reporting/print */
	{5977, CP_EP_POST, KEY | APP}, /* /api/v2/reporting/schedule */
	{6004, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules */
	{6004, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules */
	{6028, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/outcomes */
	{6028, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/outcomes */
	{6055, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns */
	{6055, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns */
	{6083, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/scorecards */
	{6112, CP_EP_GET, KEY | APP}, /* /api/v2/workflows/{workflow_id} */
	{6112, CP_EP_PATCH, KEY | APP}, /* /api/v2/workflows/{workflow_id} */
	{6112, CP_EP_DELETE, KEY | APP}, /* /api/v2/workflows/{workflow_id} */
	{6144, CP_EP_PUT, KEY | APP}, /* /api/v2/annotation/{annotation_id} */
	{6144, CP_EP_DELETE, KEY | APP}, /* /api/v2/annotation/{annotation_id} */
	{6179, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api */
	{6202, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/openapi */
	{6229, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboards/usage */
	{6254, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/config */
	{6280, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control */
	{6307, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/insights */
	{6335, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/notification_settings */
	{6335, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/governance/notification_settings */
	{6376, CP_EP_GET, KEY | APP}, /* /api/v2/org_groups/{org_group_id} */
	{6376, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_groups/{org_group_id} */
	{6376, CP_EP_DELETE, KEY | APP}, /* /api/v2/org_groups/{org_group_id} */
	{6410, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/powerpacks/{powerpack_id} */
	{6410, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/powerpacks/{powerpack_id} */
	{6410, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/powerpacks/{powerpack_id} */
	{6444, CP_EP_GET, KEY | APP}, /* /api/v2/sourcemaps/list */
	{6468, CP_EP_PATCH, KEY | APP}, /* /api/v2/sourcemaps/restore */
	{6495, CP_EP_POST, KEY | APP}, /* /api/v2/sourcemaps/service_repository_info */
	{6538, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites */
	{6564, CP_EP_GET, KEY | APP}, /* /api/v2/synthetics/downtimes */
	{6564, CP_EP_POST, KEY | APP}, /* /api/v2/synthetics/downtimes */
	{6593, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/apps */
	{6593, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps */
	{6593, CP_EP_DELETE, KEY | APP}, /* /api/v2/app-builder/apps */
	{6618, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/tags */
	{6643, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprints */
	{6674, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost_by_tag/monthly_cost_attribution */
	{6719, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost_by_tag/active_billing_dimensions */
	{6765, CP_EP_GET, KEY | APP}, /* /api/v2/org_configs/{org_config_name} */
	{6765, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_configs/{org_config_name} */
	{6803, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/degradations */
	{6836, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/maintenances */
	{6869, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id} */
	{6869, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id} */
	{6869, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id} */
	{6899, CP_EP_GET, KEY | APP}, /* /api/v2/current_user/application_keys */
	{6899, CP_EP_POST, KEY | APP}, /* /api/v2/current_user/application_keys */
	{6937, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/pruned_trace/{trace_id} */
	{6969, CP_EP_GET, KEY | APP}, /* /api/v2/tag_policies/{policy_id} */
	{6969, CP_EP_PATCH, KEY | APP}, /* /api/v2/tag_policies/{policy_id} */
	{6969, CP_EP_DELETE, KEY | APP}, /* /api/v2/tag_policies/{policy_id} */
	{7002, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags/environments */
	{7002, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/environments */
	{7037, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id} */
	{7037, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id} */
	{7077, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/runs */
	{7104, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/projects */
	{7135, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/facet-keys */
	{7168, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/facet-values */
	{7203, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/project-facet-keys */
	{7244, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/project-facet-values */
	{7287, CP_EP_GET, KEY | APP}, /* /api/v2/obs-pipelines/pipelines */
	{7287, CP_EP_POST, KEY | APP}, /* /api/v2/obs-pipelines/pipelines */
	{7319, CP_EP_POST, KEY | APP}, /* /api/v2/stegadography/get-widgets */
	{7353, CP_EP_GET, KEY | APP}, /* /api/v2/authn_mappings/{authn_mapping_id} */
	{7353, CP_EP_PATCH, KEY | APP}, /* /api/v2/authn_mappings/{authn_mapping_id} */
	{7353, CP_EP_DELETE, KEY | APP}, /* /api/v2/authn_mappings/{authn_mapping_id} */
	{7395, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/org_connections/{connection_id} */
	{7395, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_connections/{connection_id} */
	{7435, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/rulesets */
	{7468, CP_EP_GET, KEY | APP}, /* /api/v2/application_keys/{app_key_id} */
	{7468, CP_EP_PATCH, KEY | APP}, /* /api/v2/application_keys/{app_key_id} */
	{7468, CP_EP_DELETE, KEY | APP}, /* /api/v2/application_keys/{app_key_id} */
	{7506, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates/{id} */
	{7506, CP_EP_PUT, KEY | APP}, /* /api/v2/deployment_gates/{id} */
	{7506, CP_EP_DELETE, KEY | APP}, /* /api/v2/deployment_gates/{id} */
	{7536, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables */
	{7536, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables */
	{7568, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/uploads */
	{7601, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/user_invitations/{user_invitation_uuid} */
	{7649, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request */
	{7690, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/sankey */
	{7723, CP_EP_GET, KEY | APP}, /* /api/v2/security-entities/risk-scores */
	{7761, CP_EP_GET, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id} */
	{7761, CP_EP_PATCH, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id} */
	{7761, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id} */
	{7803, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/identity_providers/{idp_id} */
	{7839, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policies/{org_group_policy_id} */
	{7839, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_policies/{org_group_policy_id} */
	{7839, CP_EP_DELETE, KEY | APP}, /* /api/v2/org_group_policies/{org_group_policy_id} */
	{7888, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/posture_management/findings */
	{7924, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/restriction_policy/{resource_id} */
	{7924, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/restriction_policy/{resource_id} */
	{7924, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/restriction_policy/{resource_id} */
	{7965, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/compliance_findings/rule_based_view */
	{8009, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows/{maintenance_window_id} */
	{8009, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows/{maintenance_window_id} */
	{8061, CP_EP_POST, KEY | APP}, /* /api/v2/saml_configurations/idp_metadata */
	{8102, CP_EP_GET, KEY | APP}, /* /api/v2/saml_configurations/{saml_config_uuid} */
	{8102, CP_EP_PATCH, KEY | APP}, /* /api/v2/saml_configurations/{saml_config_uuid} */
	{8149, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules */
	{8149, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules */
	{8183, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals */
	{8219, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets */
	{8219, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets */
	{8256, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/entity_context */
	{8299, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/dependencies */
	{8340, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links/{link_id} */
	{8340, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links/{link_id} */
	{8379, CP_EP_PUT, KEY | APP}, /* /api/v2/cloudinventoryservice/syncconfigs */
	{8421, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_memberships/bulk */
	{8456, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_memberships/{org_group_membership_id} */
	{8456, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_memberships/{org_group_membership_id} */
	{8512, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id} */
	{8512, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id} */
	{8512, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id} */
	{8570, CP_EP_GET, KEY | APP}, /* /api/v2/personal_access_tokens/{token_id} */
	{8570, CP_EP_PATCH, KEY | APP}, /* /api/v2/personal_access_tokens/{token_id} */
	{8570, CP_EP_DELETE, KEY | APP}, /* /api/v2/personal_access_tokens/{token_id} */
	{8612, CP_EP_GET, KEY | APP}, /* /api/v2/sensitive-data-scanner/config */
	{8612, CP_EP_PATCH, KEY | APP}, /* /api/v2/sensitive-data-scanner/config */
	{8650, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients/{user_authorized_client_id} */
	{8650, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients/{user_authorized_client_id} */
	{8710, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/resource_filters */
	{8710, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/resource_filters */
	{8761, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks */
	{8813, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_overrides/{org_group_policy_override_id} */
	{8813, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_policy_overrides/{org_group_policy_override_id} */
	{8813, CP_EP_DELETE, KEY | APP}, /* /api/v2/org_group_policy_overrides/{org_group_policy_override_id} */
	{8879, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs */
	{8879, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs */
	{8919, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/histsignals */
	{8966, CP_EP_GET, KEY | APP}, /* /api/unstable/fleet/tracers */
	{8994, CP_EP_POST, KEY | APP}, /* /api/unstable/fleet/schedules */
	{9024, CP_EP_POST, KEY | APP}, /* /api/v1/org/{public_id}/downgrade */
	{9058, CP_EP_POST, KEY | APP}, /* /api/v1/org/{public_id}/idp_metadata */
	{9095, CP_EP_GET, KEY | APP}, /* /api/v1/slo/correction/{slo_correction_id} */
	{9095, CP_EP_PATCH, KEY | APP}, /* /api/v1/slo/correction/{slo_correction_id} */
	{9095, CP_EP_DELETE, KEY | APP}, /* /api/v1/slo/correction/{slo_correction_id} */
	{9138, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id}/history */
	{9167, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id}/corrections */
	{9200, CP_EP_POST, KEY | APP}, /* /api/v1/host/{host_name}/mute */
	{9230, CP_EP_POST, KEY | APP}, /* /api/v1/host/{host_name}/unmute */
	{9262, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/indexes */
	{9262, CP_EP_POST, KEY | APP}, /* /api/v1/logs/config/indexes */
	{9290, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/pipelines */
	{9290, CP_EP_POST, KEY | APP}, /* /api/v1/logs/config/pipelines */
	{9320, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/index-order */
	{9320, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/index-order */
	{9352, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/pipeline-order */
	{9352, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/pipeline-order */
	{9387, CP_EP_GET, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{9387, CP_EP_POST, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{9387, CP_EP_PUT, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{9387, CP_EP_DELETE, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{9418, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/groups/search */
	{9448, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id}/validate */
	{9486, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id}/downtimes */
	{9525, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/downtime/cancel/by_scope */
	{9558, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual */
	{9558, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual */
	{9589, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token} */
	{9589, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token} */
	{9589, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token} */
	{9622, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/api */
	{9651, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/delete */
	{9683, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/mobile */
	{9715, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/search */
	{9747, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser */
	{9780, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/trigger */
	{9813, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/uptimes */
	{9846, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id} */
	{9846, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id} */
	{9883, CP_EP_GET, KEY | APP}, /* /api/v1/synthetics/settings/default_locations */
	{9929, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables/{variable_id} */
	{9929, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables/{variable_id} */
	{9929, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables/{variable_id} */
	{9972, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations/{location_id} */
	{9972, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations/{location_id} */
	{9972, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations/{location_id} */
	{10023, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/logs */
	{10023, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs */
	{10023, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws/logs */
	{10052, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/filtering */
	{10052, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/filtering */
	{10052, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws/filtering */
	{10086, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/event_bridge */
	{10086, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/event_bridge */
	{10086, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws/event_bridge */
	{10123, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/aws/generate_new_external_id */
	{10172, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/available_namespace_rules */
	{10222, CP_EP_POST, KEY | APP}, /* /api/v1/integration/azure/host_filters */
	{10261, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ci/tests/events */
	{10285, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ci/github/accounts */
	{10285, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ci/github/accounts */
	{10312, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ci/pipelines/events */
	{10340, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/metrics */
	{10340, CP_EP_POST, KEY | APP}, /* /api/v2/apm/config/metrics */
	{10367, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/retention-filters */
	{10367, CP_EP_POST, KEY | APP}, /* /api/v2/apm/config/retention-filters */
	{10404, CP_EP_PUT, KEY | APP}, /* /api/v2/apm/config/retention-filters-execution-order */
	{10457, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/hosts */
	{10484, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/agentless_hosts */
	{10521, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/settings */
	{10521, CP_EP_POST, KEY | APP}, /* /api/v2/csm/ownership/settings */
	{10552, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id} */
	{10588, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/agents */
	{10618, CP_EP_GET, KEY | APP}, /* /api/v2/idp/entity_integrations/{integration_id} */
	{10618, CP_EP_PUT, KEY | APP}, /* /api/v2/idp/entity_integrations/{integration_id} */
	{10618, CP_EP_DELETE, KEY | APP}, /* /api/v2/idp/entity_integrations/{integration_id} */
	{10667, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/devices/{device_id} */
	{10699, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config/metrics */
	{10699, CP_EP_POST, KEY | APP}, /* /api/v2/rum/config/metrics */
	{10726, CP_EP_POST, KEY | APP}, /* /api/v2/rum/events/search */
	{10752, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists */
	{10752, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists */
	{10781, CP_EP_POST, KEY | APP}, /* /api/v2/rum/analytics/aggregate */
	{10813, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/search */
	{10843, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/strong_links */
	{10843, CP_EP_POST, KEY | APP}, /* /api/v2/rum/operations/strong_links */
	{10879, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/{rum_operation_id} */
	{10879, CP_EP_PUT, KEY | APP}, /* /api/v2/rum/operations/{rum_operation_id} */
	{10879, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/operations/{rum_operation_id} */
	{10921, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{id} */
	{10921, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{id} */
	{10921, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/applications/{id} */
	{10951, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/slo/{slo_id}/status */
	{10979, CP_EP_GET, AUTHZ}, /* /api/v2/spa/recommendations/{service} */
	{11017, CP_EP_POST, KEY | APP}, /* /api/v2/cost/budget/validate */
	{11046, CP_EP_PUT, KEY | APP}, /* /api/v2/cost/budget/custom-forecast */
	{11082, CP_EP_GET, KEY | APP}, /* /api/v2/cost/budget/{budget_id} */
	{11082, CP_EP_DELETE, KEY | APP}, /* /api/v2/cost/budget/{budget_id} */
	{11114, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_keys/{tag_key} */
	{11146, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/anomalies/{anomaly_id} */
	{11182, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/commitment-list */
	{11223, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs/{file_id} */
	{11223, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs/{file_id} */
	{11259, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/months */
	{11292, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/metrics */
	{11326, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/currency */
	{11361, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/tag_sources */
	{11399, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/orchestrators */
	{11439, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config/{cloud_account_id} */
	{11439, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config/{cloud_account_id} */
	{11439, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config/{cloud_account_id} */
	{11485, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/status */
	{11520, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/reorder */
	{11556, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/{rule_id} */
	{11556, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/{rule_id} */
	{11556, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/{rule_id} */
	{11594, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config/{cloud_account_id} */
	{11594, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config/{cloud_account_id} */
	{11594, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config/{cloud_account_id} */
	{11641, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/account_filters/{cloud_account_id} */
	{11641, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/account_filters/{cloud_account_id} */
	{11689, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config/{cloud_account_id} */
	{11689, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config/{cloud_account_id} */
	{11689, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config/{cloud_account_id} */
	{11737, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key} */
	{11737, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key} */
	{11737, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key} */
	{11777, CP_EP_DELETE, KEY | APP}, /* /api/v2/dora/failure/{failure_id} */
	{11811, CP_EP_GET, KEY | APP}, /* /api/v2/dora/failures/{failure_id} */
	{11846, CP_EP_DELETE, KEY | APP}, /* /api/v2/dora/deployment/{deployment_id} */
	{11886, CP_EP_GET, KEY | APP}, /* /api/v2/dora/deployments/{deployment_id} */
	{11886, CP_EP_PATCH, KEY | APP}, /* /api/v2/dora/deployments/{deployment_id} */
	{11927, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/metrics */
	{11927, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/metrics */
	{11955, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archives */
	{11955, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/archives */
	{11984, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archive-order */
	{11984, CP_EP_PUT, KEY | APP}, /* /api/v2/logs/config/archive-order */
	{12018, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/custom-destinations */
	{12018, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/custom-destinations */
	{12058, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries */
	{12058, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/restriction_queries */
	{12098, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/logs/events/search */
	{12125, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/logs/analytics/aggregate */
	{12158, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/status */
	{12189, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/reorder */
	{12221, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/validate-query */
	{12260, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/{ruleset_id} */
	{12260, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/{ruleset_id} */
	{12260, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/{ruleset_id} */
	{12297, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links */
	{12297, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links */
	{12326, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships */
	{12326, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships */
	{12361, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{super_team_id}/member_teams */
	{12361, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{super_team_id}/member_teams */
	{12403, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules */
	{12403, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules */
	{12445, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/permission-settings */
	{12488, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/test/flaky-test-management/tests */
	{12488, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/test/flaky-test-management/tests */
	{12529, CP_EP_POST, KEY | APP}, /* /api/v2/audit/events/search */
	{12557, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/link/{link_id} */
	{12586, CP_EP_GET, KEY | APP}, /* /api/v2/cases/types/custom_attributes */
	{12624, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/types/{case_type_id} */
	{12624, CP_EP_DELETE, KEY | APP}, /* /api/v2/cases/types/{case_type_id} */
	{12659, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/views/{view_id} */
	{12659, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/views/{view_id} */
	{12659, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/views/{view_id} */
	{12689, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/favorites */
	{12722, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id} */
	{12722, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id} */
	{12722, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id} */
	{12758, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/title */
	{12788, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/assign */
	{12819, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/status */
	{12850, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/archive */
	{12882, CP_EP_POST, KEY | APP}, /* /api/v2/cases/{case_id}/comment */
	{12914, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/due_date */
	{12947, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/insights */
	{12947, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/insights */
	{12980, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/priority */
	{13013, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/unassign */
	{13046, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/watchers */
	{13079, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/timelines */
	{13113, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/unarchive */
	{13147, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/attributes */
	{13182, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/description */
	{13218, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/resolved_reason */
	{13258, CP_EP_POST, KEY | APP}, /* /api/v2/ddsql/query/tabular */
	{13286, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/agents/{agent_key} */
	{13319, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/schedules/{id} */
	{13348, CP_EP_POST, KEY | APP}, /* /api/v2/fleet/deployments/upgrade */
	{13382, CP_EP_POST, KEY | APP}, /* /api/v2/fleet/deployments/configure */
	{13418, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/deployments/{deployment_id} */
	{13460, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/clone */
	{13490, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/publish */
	{13522, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/versions */
	{13555, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/login/org_configs/max_session_duration */
	{13602, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/clone */
	{13632, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/users */
	{13632, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/users */
	{13632, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/users */
	{13662, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/permissions */
	{13662, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/permissions */
	{13662, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/permissions */
	{13698, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/spans/events/search */
	{13726, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/spans/analytics/aggregate */
	{13760, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/summary/available_fields */
	{13799, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/orgs */
	{13828, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/invitations */
	{13864, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_uuid}/memberships */
	{13902, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/permissions */
	{13938, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/identity_providers */
	{13981, CP_EP_GET, 0}, /* /api/v2/oauth2/.well-known/sites */
	{14014, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots */
	{14014, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots */
	{14047, CP_EP_GET, KEY | APP}, /* /api/v2/actions/connections/{connection_id} */
	{14047, CP_EP_PATCH, KEY | APP}, /* /api/v2/actions/connections/{connection_id} */
	{14047, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions/connections/{connection_id} */
	{14091, CP_EP_GET, KEY | APP}, /* /api/v2/actions/execution-policies/{policy_id} */
	{14091, CP_EP_PUT, KEY | APP}, /* /api/v2/actions/execution-policies/{policy_id} */
	{14091, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions/execution-policies/{policy_id} */
	{14138, CP_EP_GET, KEY | APP}, /* /api/v2/actions/app_key_registrations/{app_key_id} */
	{14138, CP_EP_PUT, KEY | APP}, /* /api/v2/actions/app_key_registrations/{app_key_id} */
	{14138, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions/app_key_registrations/{app_key_id} */
	{14189, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/bits-ai/investigations/{id} */
	{14225, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/catalog/kind/{kind_id} */
	{14256, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity/preview */
	{14287, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity/{entity_id} */
	{14322, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts */
	{14322, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/prompts */
	{14349, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/projects */
	{14349, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/projects */
	{14377, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/experiments */
	{14377, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experiments */
	{14408, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues */
	{14408, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues */
	{14445, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-runs */
	{14445, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-runs */
	{14485, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotated-interactions */
	{14527, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-topics */
	{14569, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs */
	{14569, CP_EP_PUT, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs */
	{14612, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-clustered-points */
	{14664, CP_EP_POST, KEY | APP}, /* /api/v2/metrics/config/bulk-tags */
	{14664, CP_EP_DELETE, KEY | APP}, /* /api/v2/metrics/config/bulk-tags */
	{14697, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/order */
	{14738, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/{id} */
	{14738, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/{id} */
	{14738, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/{id} */
	{14778, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/historical-metrics-configurations/{metric_name} */
	{14778, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/metrics/historical-metrics-configurations/{metric_name} */
	{14842, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tags */
	{14842, CP_EP_POST, KEY | APP}, /* /api/v2/metrics/{metric_name}/tags */
	{14842, CP_EP_PATCH, KEY | APP}, /* /api/v2/metrics/{metric_name}/tags */
	{14842, CP_EP_DELETE, KEY | APP}, /* /api/v2/metrics/{metric_name}/tags */
	{14877, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/assets */
	{14914, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/volumes */
	{14952, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/all-tags */
	{14991, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/estimate */
	{15030, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/tag-cardinalities */
	{15078, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rules */
	{15127, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/active-configurations */
	{15179, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions */
	{15179, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions */
	{15179, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions */
	{15238, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/policy/{policy_id} */
	{15238, CP_EP_PATCH, KEY | APP}, /* /api/v2/monitor/policy/{policy_id} */
	{15238, CP_EP_DELETE, KEY | APP}, /* /api/v2/monitor/policy/{policy_id} */
	{15273, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/template/validate */
	{15307, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/template/{template_id} */
	{15307, CP_EP_PUT, KEY | APP}, /* /api/v2/monitor/template/{template_id} */
	{15307, CP_EP_DELETE, KEY | APP}, /* /api/v2/monitor/template/{template_id} */
	{15346, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/notification_rule/{rule_id} */
	{15346, CP_EP_PATCH, KEY | APP}, /* /api/v2/monitor/notification_rule/{rule_id} */
	{15346, CP_EP_DELETE, KEY | APP}, /* /api/v2/monitor/notification_rule/{rule_id} */
	{15390, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/{monitor_id}/downtime_matches */
	{15436, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/network/dns/aggregate */
	{15466, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/network/connections/aggregate */
	{15504, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id} */
	{15504, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id} */
	{15504, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id} */
	{15544, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies/{policy_id} */
	{15544, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies/{policy_id} */
	{15544, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies/{policy_id} */
	{15592, CP_EP_GET, KEY | APP}, /* /api/v2/widgets/{experience_type}/{uuid} */
	{15592, CP_EP_PUT, KEY | APP}, /* /api/v2/widgets/{experience_type}/{uuid} */
	{15592, CP_EP_DELETE, KEY | APP}, /* /api/v2/widgets/{experience_type}/{uuid} */
	{15633, CP_EP_POST, KEY | APP}, /* /api/v2/deletion/data/{product} */
	{15665, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security/siem/ioc-explorer */
	{15700, CP_EP_GET, KEY | APP}, /* /api/v2/security/sboms/{asset_type} */
	{15736, CP_EP_GET, KEY | APP}, /* /api/v2/security/signals/notification_rules */
	{15736, CP_EP_POST, KEY | APP}, /* /api/v2/security/signals/notification_rules */
	{15780, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/mute */
	{15811, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/cases */
	{15811, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security/findings/cases */
	{15843, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/search */
	{15876, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/assignee */
	{15911, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/jira_issues */
	{15911, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/jira_issues */
	{15949, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/linear_issues */
	{15949, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/linear_issues */
	{15989, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/servicenow_tickets */
	{15989, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/servicenow_tickets */
	{16034, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules */
	{16034, CP_EP_POST, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules */
	{16086, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/services/definitions/{service_name} */
	{16086, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/services/definitions/{service_name} */
	{16130, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared */
	{16170, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules */
	{16170, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules */
	{16201, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types */
	{16201, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types */
	{16232, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields */
	{16232, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields */
	{16271, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules */
	{16271, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules */
	{16315, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles */
	{16315, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles */
	{16359, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields */
	{16359, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields */
	{16404, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates */
	{16404, CP_EP_POST, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates */
	{16450, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates */
	{16450, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates */
	{16498, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-chat-configurations */
	{16550, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-meet-configurations */
	{16602, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/page */
	{16639, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts */
	{16639, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts */
	{16679, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders */
	{16679, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders */
	{16722, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/{incident_id}/attachments */
	{16722, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/attachments */
	{16766, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/configurations */
	{16766, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/configurations */
	{16813, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/servicenow-records */
	{16864, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides */
	{16864, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides */
	{16916, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/schedule/list */
	{16948, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid} */
	{16948, CP_EP_PATCH, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid} */
	{16948, CP_EP_DELETE, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid} */
	{16991, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules/{rule_id} */
	{16991, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules/{rule_id} */
	{17025, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/scores/{aggregation} */
	{17064, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/outcomes/batch */
	{17097, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns/{campaign_id} */
	{17097, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns/{campaign_id} */
	{17097, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns/{campaign_id} */
	{17139, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/workflows/{workflow_id}/instances */
	{17139, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/workflows/{workflow_id}/instances */
	{17181, CP_EP_GET, KEY | APP}, /* /api/v2/annotation/page/{page_id} */
	{17215, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api/{id} */
	{17243, CP_EP_GET, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping */
	{17243, CP_EP_POST, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping */
	{17282, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboards/{dashboard_id}/usage */
	{17322, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type} */
	{17322, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type} */
	{17366, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/governance/detections/mitigate */
	{17405, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/detections/{detection_id} */
	{17405, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/governance/detections/{detection_id} */
	{17450, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/network */
	{17483, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/bulk-delete */
	{17520, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/poll_results */
	{17558, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/search */
	{17591, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/bulk-delete */
	{17629, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/{public_id} */
	{17629, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/{public_id} */
	{17667, CP_EP_GET, KEY | APP}, /* /api/v2/synthetics/settings/on_demand_concurrency_cap */
	{17667, CP_EP_POST, KEY | APP}, /* /api/v2/synthetics/settings/on_demand_concurrency_cap */
	{17721, CP_EP_GET, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id} */
	{17721, CP_EP_PUT, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id} */
	{17721, CP_EP_DELETE, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id} */
	{17764, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/apps/{app_id} */
	{17764, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id} */
	{17764, CP_EP_DELETE, KEY | APP}, /* /api/v2/app-builder/apps/{app_id} */
	{17798, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprint/{blueprint_id} */
	{17843, CP_EP_POST, KEY | APP}, /* /api/v2/deployments/gates/evaluation */
	{17880, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts */
	{17880, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/accounts */
	{17913, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/event_bridge */
	{17913, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/event_bridge */
	{17913, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/aws/event_bridge */
	{17950, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/iam_permissions */
	{17990, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/validate_ccm_config */
	{18034, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/available_namespaces */
	{18079, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/generate_new_external_id */
	{18128, CP_EP_GET, KEY | APP}, /* /api/v2/integration/gcp/accounts */
	{18128, CP_EP_POST, KEY | APP}, /* /api/v2/integration/gcp/accounts */
	{18161, CP_EP_GET, KEY | APP}, /* /api/v2/integration/gcp/sts_delegate */
	{18161, CP_EP_POST, KEY | APP}, /* /api/v2/integration/gcp/sts_delegate */
	{18198, CP_EP_GET, KEY | APP}, /* /api/v2/integration/oci/products */
	{18231, CP_EP_GET, KEY | APP}, /* /api/v2/integration/oci/tenancies */
	{18231, CP_EP_POST, KEY | APP}, /* /api/v2/integration/oci/tenancies */
	{18265, CP_EP_GET, KEY | APP}, /* /api/v2/integration/jira/accounts */
	{18299, CP_EP_GET, KEY | APP}, /* /api/v2/integration/jira/issue-templates */
	{18299, CP_EP_POST, KEY | APP}, /* /api/v2/integration/jira/issue-templates */
	{18340, CP_EP_GET, KEY | APP}, /* /api/v2/integration/slack/user-bindings */
	{18380, CP_EP_GET, KEY | APP}, /* /api/v2/integration/opsgenie/accounts */
	{18380, CP_EP_POST, KEY | APP}, /* /api/v2/integration/opsgenie/accounts */
	{18418, CP_EP_GET, KEY | APP}, /* /api/v2/integration/opsgenie/services */
	{18418, CP_EP_POST, KEY | APP}, /* /api/v2/integration/opsgenie/services */
	{18456, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/handles */
	{18456, CP_EP_POST, KEY | APP}, /* /api/v2/integration/servicenow/handles */
	{18495, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/instances */
	{18536, CP_EP_GET, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{18536, CP_EP_POST, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{18536, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{18536, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{18575, CP_EP_GET, KEY | APP}, /* /api/v2/integration/statuspage/url_settings */
	{18575, CP_EP_POST, KEY | APP}, /* /api/v2/integration/statuspage/url_settings */
	{18619, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations */
	{18665, CP_EP_GET, KEY | APP}, /* /api/v2/integration/salesforce-incidents/organizations */
	{18720, CP_EP_GET, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates */
	{18720, CP_EP_POST, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates */
	{18780, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/publish */
	{18818, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/unpublish */
	{18858, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components */
	{18858, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components */
	{18899, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations */
	{18942, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances */
	{18985, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates */
	{18985, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates */
	{19037, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates */
	{19037, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates */
	{19089, CP_EP_GET, KEY | APP}, /* /api/v2/current_user/application_keys/{app_key_id} */
	{19089, CP_EP_PATCH, KEY | APP}, /* /api/v2/current_user/application_keys/{app_key_id} */
	{19089, CP_EP_DELETE, KEY | APP}, /* /api/v2/current_user/application_keys/{app_key_id} */
	{19140, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/okta/accounts */
	{19140, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/okta/accounts */
	{19175, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts */
	{19175, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/fastly/accounts */
	{19212, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts */
	{19212, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts */
	{19253, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts */
	{19253, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts */
	{19299, CP_EP_GET, KEY | APP}, /* /api/v2/tag_policies/{policy_id}/score */
	{19338, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/code-coverage/branch/summary */
	{19375, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/code-coverage/commit/summary */
	{19412, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags/environments/{environment_id} */
	{19412, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/environments/{environment_id} */
	{19412, CP_EP_DELETE, KEY | APP}, /* /api/v2/feature-flags/environments/{environment_id} */
	{19464, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/archive */
	{19512, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/variants */
	{19561, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/unarchive */
	{19611, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id} */
	{19611, CP_EP_DELETE, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id} */
	{19647, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id} */
	{19691, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/artifacts/content */
	{19731, CP_EP_POST, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/validate */
	{19772, CP_EP_GET, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/{pipeline_id} */
	{19772, CP_EP_PUT, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/{pipeline_id} */
	{19772, CP_EP_DELETE, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/{pipeline_id} */
	{19818, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/search */
	{19855, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id} */
	{19896, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/memory */
	{19896, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/memory */
	{19930, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/prompts */
	{19965, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets */
	{19965, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets */
	{20001, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/custom/rulesets */
	{20001, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/custom/rulesets */
	{20041, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/codegen/rulesets */
	{20082, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/secrets/rules */
	{20120, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/rulesets/{ruleset_name} */
	{20168, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/default-rulesets/{language} */
	{20220, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/analyze */
	{20275, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/get-ast */
	{20330, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules */
	{20330, CP_EP_POST, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules */
	{20371, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id} */
	{20371, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id} */
	{20371, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id} */
	{20408, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/queries/batch-rows */
	{20452, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens */
	{20452, CP_EP_POST, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens */
	{20512, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys */
	{20512, CP_EP_POST, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys */
	{20575, CP_EP_GET, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts */
	{20575, CP_EP_POST, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts */
	{20628, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id} */
	{20628, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id} */
	{20689, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/users/query */
	{20727, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/users/facet_info */
	{20770, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/users/event_filtered_query */
	{20823, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/list */
	{20862, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/funnel */
	{20903, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/scalar */
	{20944, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/timeseries */
	{20989, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/accounts/query */
	{21030, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/accounts/facet_info */
	{21076, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/analytics/list */
	{21117, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/analytics/scalar */
	{21160, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/analytics/timeseries */
	{21207, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/grid */
	{21248, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/list */
	{21289, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/scalar */
	{21332, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/timeseries */
	{21379, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping */
	{21422, CP_EP_GET, KEY | APP}, /* /api/v2/security-entities/risk-scores/{entity_id} */
	{21472, CP_EP_GET, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items */
	{21472, CP_EP_PATCH, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items */
	{21472, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items */
	{21520, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws */
	{21520, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws */
	{21560, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp */
	{21560, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp */
	{21600, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure */
	{21600, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure */
	{21642, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/ondemand/aws */
	{21642, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/ondemand/aws */
	{21682, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/identity_providers/{idp_id}/users */
	{21724, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/posture_management/findings/{finding_id} */
	{21773, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/test */
	{21812, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/convert */
	{21854, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/validation */
	{21899, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/bulk_delete */
	{21945, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/bulk_export */
	{21991, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id} */
	{21991, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id} */
	{21991, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id} */
	{22035, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/search */
	{22078, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id} */
	{22126, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/dependencies */
	{22176, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id} */
	{22176, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id} */
	{22176, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id} */
	{22226, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions */
	{22226, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions */
	{22281, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets */
	{22281, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets */
	{22339, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters */
	{22339, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters */
	{22398, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config */
	{22398, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config */
	{22459, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/content_packs/states */
	{22508, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/entity_context/{id} */
	{22556, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions */
	{22556, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions */
	{22620, CP_EP_GET, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules */
	{22620, CP_EP_POST, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules */
	{22684, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis-sca/licenses/list */
	{22726, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/dependencies/scan */
	{22772, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/vulnerabilities/resolve-vulnerable-symbols */
	{22843, CP_EP_DELETE, KEY | APP}, /* /api/v2/cloudinventoryservice/syncconfigs/{id} */
	{22890, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients */
	{22972, CP_EP_POST, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/rules */
	{23016, CP_EP_POST, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/groups */
	{23061, CP_EP_GET, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/standard-patterns */
	{23117, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients/client/{client_id} */
	{23168, CP_EP_POST, KEY | APP}, /* /api/v2/siem-historical-detections/jobs/signal_convert */
	{23223, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id} */
	{23223, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id} */
	{23272, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/histsignals/search */
	{23326, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/histsignals/{histsignal_id} */
	{23389, CP_EP_PATCH, KEY | APP}, /* /api/unstable/fleet/schedules/{id} */
	{23389, CP_EP_DELETE, KEY | APP}, /* /api/unstable/fleet/schedules/{id} */
	{23424, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/indexes/{name} */
	{23424, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/indexes/{name} */
	{23424, CP_EP_DELETE, KEY | APP}, /* /api/v1/logs/config/indexes/{name} */
	{23459, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/pipelines/{pipeline_id} */
	{23459, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/pipelines/{pipeline_id} */
	{23459, CP_EP_DELETE, KEY | APP}, /* /api/v1/logs/config/pipelines/{pipeline_id} */
	{23503, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual/{list_id} */
	{23503, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual/{list_id} */
	{23503, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual/{list_id} */
	{23544, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token}/invitation */
	{23544, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token}/invitation */
	{23544, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token}/invitation */
	{23588, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/ci/batch/{batch_id} */
	{23627, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/api/{public_id} */
	{23627, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/api/{public_id} */
	{23668, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/mobile/{public_id} */
	{23668, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/mobile/{public_id} */
	{23712, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id} */
	{23712, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id} */
	{23757, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/trigger/ci */
	{23793, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id}/status */
	{23837, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id}/results */
	{23882, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/logs/services */
	{23882, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs/services */
	{23920, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs/check_async */
	{23961, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs/services_async */
	{24005, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/integration/webhooks/configuration/webhooks */
	{24057, CP_EP_POST, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables */
	{24117, CP_EP_POST, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services */
	{24170, CP_EP_PATCH, KEY | APP}, /* /api/v1/security_analytics/signals/{signal_id}/state */
	{24223, CP_EP_PATCH, KEY | APP}, /* /api/v1/security_analytics/signals/{signal_id}/assignee */
	{24279, CP_EP_PATCH, KEY | APP}, /* /api/v1/security_analytics/signals/{signal_id}/add_to_incident */
	{24342, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/tests/events/search */
	{24373, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/tests/analytics/aggregate */
	{24410, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/pipelines/events/search */
	{24445, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/pipelines/analytics/aggregate */
	{24486, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/service */
	{24486, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/service */
	{24486, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/service */
	{24532, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/policies */
	{24532, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/policies */
	{24579, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/metrics/{metric_id} */
	{24579, CP_EP_PATCH, KEY | APP}, /* /api/v2/apm/config/metrics/{metric_id} */
	{24579, CP_EP_DELETE, KEY | APP}, /* /api/v2/apm/config/metrics/{metric_id} */
	{24618, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/retention-filters/{filter_id} */
	{24618, CP_EP_PUT, KEY | APP}, /* /api/v2/apm/config/retention-filters/{filter_id} */
	{24618, CP_EP_DELETE, KEY | APP}, /* /api/v2/apm/config/retention-filters/{filter_id} */
	{24667, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/hosts/facets */
	{24701, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/hosts/facet_info */
	{24739, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/agentless_hosts/facets */
	{24783, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/agentless_hosts/facet_info */
	{24831, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/settings/untagged */
	{24871, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/history */
	{24915, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type} */
	{24964, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/serverless/agents */
	{25005, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/coverage_analysis/serverless */
	{25057, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/coverage_analysis/cloud_accounts */
	{25113, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/coverage_analysis/hosts_and_containers */
	{25175, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/tags/devices/{device_id} */
	{25175, CP_EP_PATCH, KEY | APP}, /* /api/v2/ndm/tags/devices/{device_id} */
	{25212, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/tags/interfaces/{interface_id} */
	{25212, CP_EP_PATCH, KEY | APP}, /* /api/v2/ndm/tags/interfaces/{interface_id} */
	{25255, CP_EP_POST, KEY | APP}, /* /api/v2/rum/query/insight/aggregated_waterfall */
	{25302, CP_EP_POST, KEY | APP}, /* /api/v2/rum/query/insight/aggregated_long_tasks */
	{25350, CP_EP_POST, KEY | APP}, /* /api/v2/rum/query/insight/aggregated_signals_problems */
	{25404, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config/metrics/{metric_id} */
	{25404, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/config/metrics/{metric_id} */
	{25404, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/config/metrics/{metric_id} */
	{25443, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id} */
	{25443, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id} */
	{25443, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id} */
	{25486, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/viewership-history/sessions */
	{25533, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/by-name/{name} */
	{25571, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters */
	{25571, CP_EP_POST, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters */
	{25623, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/slo/report/{report_id}/status */
	{25661, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/slo/report/{report_id}/download */
	{25701, CP_EP_GET, AUTHZ}, /* /api/v2/spa/recommendations/{service}/{shard} */
	{25747, CP_EP_POST, 0}, /* /api/v2/cost/budget/csv/validate */
	{25780, CP_EP_GET, KEY | APP}, /* /api/v2/cost/budget/{budget_id}/custom-forecast */
	{25780, CP_EP_DELETE, KEY | APP}, /* /api/v2/cost/budget/{budget_id}/custom-forecast */
	{25828, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/savings/scalar */
	{25868, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/savings/timeseries */
	{25912, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/coverage/scalar */
	{25953, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/coverage/timeseries */
	{25998, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/utilization/scalar */
	{26042, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/utilization/timeseries */
	{26090, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/on-demand-hot-spots/scalar */
	{26142, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key}/generate */
	{26191, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/metrics/{metric_id} */
	{26191, CP_EP_PATCH, KEY | APP}, /* /api/v2/logs/config/metrics/{metric_id} */
	{26191, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/metrics/{metric_id} */
	{26231, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id} */
	{26231, CP_EP_PUT, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id} */
	{26231, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id} */
	{26273, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/custom-destinations/{custom_destination_id} */
	{26273, CP_EP_PATCH, KEY | APP}, /* /api/v2/logs/config/custom-destinations/{custom_destination_id} */
	{26273, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/custom-destinations/{custom_destination_id} */
	{26337, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{26337, CP_EP_PUT, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{26337, CP_EP_PATCH, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{26337, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{26400, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links/{link_id} */
	{26400, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links/{link_id} */
	{26400, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links/{link_id} */
	{26439, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships/{user_id} */
	{26439, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships/{user_id} */
	{26484, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{super_team_id}/member_teams/{member_team_id} */
	{26543, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules/{rule_id} */
	{26543, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules/{rule_id} */
	{26543, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules/{rule_id} */
	{26595, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/permission-settings/{action} */
	{26647, CP_EP_GET, KEY | APP}, /* /api/v2/cases/types/{case_type_id}/custom_attributes */
	{26647, CP_EP_POST, KEY | APP}, /* /api/v2/cases/types/{case_type_id}/custom_attributes */
	{26700, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules */
	{26700, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules */
	{26742, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/favorites */
	{26742, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/favorites */
	{26788, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules */
	{26788, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules */
	{26843, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/comment/{cell_id} */
	{26843, CP_EP_DELETE, KEY | APP}, /* /api/v2/cases/{case_id}/comment/{cell_id} */
	{26885, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/watchers/{user_uuid} */
	{26885, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/watchers/{user_uuid} */
	{26930, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/project */
	{26976, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/notebook */
	{27023, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/incidents */
	{27071, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/jira_issues */
	{27071, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/jira_issues */
	{27071, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/jira_issues */
	{27121, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/servicenow_tickets */
	{27178, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/custom_attributes/{custom_attribute_key} */
	{27178, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/custom_attributes/{custom_attribute_key} */
	{27243, CP_EP_POST, KEY | APP}, /* /api/v2/ddsql/query/tabular/fetch */
	{27277, CP_EP_POST, KEY | APP}, /* /api/v2/fleet/deployments/{deployment_id}/cancel */
	{27326, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/versions/upsert_and_publish */
	{27378, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/relationships/identity_providers */
	{27435, CP_EP_GET, KEY | APP}, /* /api/v2/oauth2/clients/{client_uuid}/scopes_restriction */
	{27435, CP_EP_POST, KEY | APP}, /* /api/v2/oauth2/clients/{client_uuid}/scopes_restriction */
	{27435, CP_EP_DELETE, KEY | APP}, /* /api/v2/oauth2/clients/{client_uuid}/scopes_restriction */
	{27491, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots/{snapshot_id} */
	{27491, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots/{snapshot_id} */
	{27538, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/spans/events */
	{27570, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id} */
	{27570, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id} */
	{27570, CP_EP_DELETE, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id} */
	{27609, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/projects/delete */
	{27644, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/projects/{project_id} */
	{27685, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/delete */
	{27723, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/{experiment_id} */
	{27770, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experimentation/search */
	{27812, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experimentation/analytics */
	{27857, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experimentation/simple-search */
	{27906, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id} */
	{27906, CP_EP_DELETE, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id} */
	{27954, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-runs/status */
	{28001, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-topics/with-cluster-points */
	{28063, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs/latest */
	{28113, CP_EP_DELETE, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs/{config_id} */
	{28168, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets */
	{28168, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets */
	{28209, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/template/{template_id}/validate */
	{28257, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages/{page_id}/resolve */
	{28297, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages/{page_id}/escalate */
	{28338, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages/{page_id}/acknowledge */
	{28382, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/teams/{team_id}/on-call */
	{28422, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/teams/{team_id}/routing-rules */
	{28422, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/teams/{team_id}/routing-rules */
	{28468, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules */
	{28468, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules */
	{28519, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels */
	{28519, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels */
	{28573, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id}/on-call */
	{28621, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id}/responders */
	{28672, CP_EP_PUT, KEY | APP}, /* /api/v2/deletion/requests/{id}/cancel */
	{28710, CP_EP_GET, KEY | APP}, /* /api/v2/security/asm/services/{service_filter} */
	{28757, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/siem/ioc-explorer/triage */
	{28799, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security/siem/ioc-explorer/indicator */
	{28844, CP_EP_GET, KEY | APP}, /* /api/v2/security/signals/notification_rules/{id} */
	{28844, CP_EP_PATCH, KEY | APP}, /* /api/v2/security/signals/notification_rules/{id} */
	{28844, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/signals/notification_rules/{id} */
	{28893, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/cases/{case_id} */
	{28935, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules */
	{28935, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules */
	{28983, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules */
	{28983, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules */
	{29035, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules */
	{29035, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules */
	{29094, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules */
	{29094, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules */
	{29155, CP_EP_GET, KEY | APP}, /* /api/v2/security/cloud_workload/policy/download */
	{29203, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules/{id} */
	{29203, CP_EP_PATCH, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules/{id} */
	{29203, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules/{id} */
	{29260, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed */
	{29313, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules/{rule_id} */
	{29313, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules/{rule_id} */
	{29313, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules/{rule_id} */
	{29354, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/org-settings */
	{29398, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id} */
	{29398, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id} */
	{29398, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id} */
	{29448, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/global/settings */
	{29448, CP_EP_PATCH, KEY | APP}, /* /api/v2/incidents/config/global/settings */
	{29489, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{29489, CP_EP_POST, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{29489, CP_EP_PUT, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{29489, CP_EP_DELETE, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{29538, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields/{field_id} */
	{29538, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields/{field_id} */
	{29588, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules/{id} */
	{29588, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules/{id} */
	{29588, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules/{id} */
	{29637, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles/{role_id} */
	{29637, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles/{role_id} */
	{29637, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles/{role_id} */
	{29691, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields/{field_id} */
	{29691, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields/{field_id} */
	{29691, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields/{field_id} */
	{29747, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates/{template_id} */
	{29747, CP_EP_PATCH, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates/{template_id} */
	{29747, CP_EP_DELETE, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates/{template_id} */
	{29807, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates/{id} */
	{29807, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates/{id} */
	{29807, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates/{id} */
	{29860, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-chat-configurations/{id} */
	{29917, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-meet-configurations/{id} */
	{29974, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/ai/postmortem */
	{30020, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/cases/page */
	{30063, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/pages/link */
	{30106, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts/{impact_id} */
	{30106, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts/{impact_id} */
	{30158, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders/{responder_id} */
	{30158, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders/{responder_id} */
	{30216, CP_EP_POST, KEY | APP}, /* /api/v2/incidents/{incident_id}/attachments/postmortems */
	{30272, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/attachments/{attachment_id} */
	{30272, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/attachments/{attachment_id} */
	{30332, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos */
	{30332, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos */
	{30384, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations */
	{30384, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations */
	{30443, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides/{id} */
	{30443, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides/{id} */
	{30500, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/dataset/{dataset_id}/schedules */
	{30549, CP_EP_PATCH, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid}/toggle */
	{30599, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/schedule/{resource_type}/{resource_id} */
	{30656, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/workflows/{workflow_id}/instances/{instance_id} */
	{30712, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api/{id}/openapi */
	{30712, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api/{id}/openapi */
	{30748, CP_EP_GET, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping/{persona_mapping_id} */
	{30748, CP_EP_DELETE, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping/{persona_mapping_id} */
	{30808, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type}/detections */
	{30863, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type}/notification_settings */
	{30863, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type}/notification_settings */
	{30929, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/fast/{id} */
	{30964, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/network/{public_id} */
	{30964, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/network/{public_id} */
	{31009, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/results */
	{31054, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/parent-suites */
	{31105, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/version_history */
	{31158, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/{public_id}/jsonpatch */
	{31206, CP_EP_PATCH, KEY | APP}, /* /api/v2/synthetics/variables/{variable_id}/jsonpatch */
	{31259, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/api-multistep/subtests/{public_id} */
	{31313, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/tags */
	{31352, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/revert */
	{31393, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/favorite */
	{31436, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/versions */
	{31479, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/deployment */
	{31479, CP_EP_DELETE, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/deployment */
	{31524, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/self-service */
	{31571, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/version-name */
	{31618, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/publish-request */
	{31668, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/protection-level */
	{31719, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprints/slugs/{slugs} */
	{31764, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprints/integration-id/{integration_id} */
	{31827, CP_EP_GET, KEY | APP}, /* /api/v2/deployments/gates/evaluation/{id} */
	{31869, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/logs/services */
	{31907, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id} */
	{31907, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id} */
	{31907, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id} */
	{31964, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/iam_permissions/standard */
	{32013, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/iam_permissions/resource_collection */
	{32073, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/gcp/accounts/{account_id} */
	{32073, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/gcp/accounts/{account_id} */
	{32119, CP_EP_GET, KEY | APP}, /* /api/v2/integration/oci/tenancies/{tenancy_ocid} */
	{32119, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/oci/tenancies/{tenancy_ocid} */
	{32119, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/oci/tenancies/{tenancy_ocid} */
	{32168, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/jira/accounts/{account_id} */
	{32215, CP_EP_GET, KEY | APP}, /* /api/v2/integration/jira/issue-templates/{issue_template_id} */
	{32215, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/jira/issue-templates/{issue_template_id} */
	{32215, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/jira/issue-templates/{issue_template_id} */
	{32276, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles */
	{32276, CP_EP_POST, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles */
	{32340, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles */
	{32340, CP_EP_POST, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles */
	{32409, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/opsgenie/accounts/{account_id} */
	{32409, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/opsgenie/accounts/{account_id} */
	{32460, CP_EP_GET, KEY | APP}, /* /api/v2/integration/opsgenie/services/{integration_service_id} */
	{32460, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/opsgenie/services/{integration_service_id} */
	{32460, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/opsgenie/services/{integration_service_id} */
	{32523, CP_EP_GET, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method */
	{32578, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/users/{instance_id} */
	{32629, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/handles/{template_id} */
	{32629, CP_EP_PUT, KEY | APP}, /* /api/v2/integration/servicenow/handles/{template_id} */
	{32629, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/servicenow/handles/{template_id} */
	{32682, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/assignment_groups/{instance_id} */
	{32745, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/business_services/{instance_id} */
	{32808, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/statuspage/url_settings/{statuspage_url_setting_id} */
	{32808, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/statuspage/url_settings/{statuspage_url_setting_id} */
	{32880, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id} */
	{32880, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id} */
	{32952, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/salesforce-incidents/organizations/{salesforce_org_id} */
	{33027, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates/{incident_template_id} */
	{33027, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates/{incident_template_id} */
	{33110, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components/{component_id} */
	{33110, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components/{component_id} */
	{33110, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components/{component_id} */
	{33166, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/backfill */
	{33218, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id} */
	{33218, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id} */
	{33218, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id} */
	{33278, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/backfill */
	{33330, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/{maintenance_id} */
	{33330, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/{maintenance_id} */
	{33390, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates/{template_id} */
	{33390, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates/{template_id} */
	{33390, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates/{template_id} */
	{33456, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates/{template_id} */
	{33456, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates/{template_id} */
	{33456, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates/{template_id} */
	{33522, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/okta/accounts/{account_id} */
	{33522, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/okta/accounts/{account_id} */
	{33522, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/okta/accounts/{account_id} */
	{33570, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id} */
	{33570, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id} */
	{33570, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id} */
	{33620, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts/{account_id} */
	{33620, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts/{account_id} */
	{33620, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts/{account_id} */
	{33674, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id} */
	{33674, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id} */
	{33674, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id} */
	{33733, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/stop */
	{33802, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/pause */
	{33872, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/start */
	{33942, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/resume */
	{34013, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/variants/{variant_id} */
	{34013, CP_EP_DELETE, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/variants/{variant_id} */
	{34075, CP_EP_POST, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id}/pin */
	{34075, CP_EP_DELETE, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id}/pin */
	{34115, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id}/artifacts */
	{34161, CP_EP_POST, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id}/star */
	{34161, CP_EP_DELETE, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id}/star */
	{34210, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id}/artifacts */
	{34264, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/policy */
	{34264, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/cws/policy */
	{34306, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules */
	{34306, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules */
	{34353, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id}/state */
	{34400, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id}/assignee */
	{34400, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id}/assignee */
	{34450, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/ai/memory/{id} */
	{34489, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name} */
	{34489, CP_EP_PATCH, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name} */
	{34489, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name} */
	{34540, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name} */
	{34540, CP_EP_PATCH, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name} */
	{34540, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name} */
	{34595, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/node-types/{language} */
	{34664, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/tree-sitter-wasm/{file} */
	{34735, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules/{id} */
	{34735, CP_EP_PUT, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules/{id} */
	{34735, CP_EP_DELETE, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules/{id} */
	{34781, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows */
	{34781, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows */
	{34781, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows */
	{34823, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens/{token_id} */
	{34823, CP_EP_PATCH, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens/{token_id} */
	{34823, CP_EP_DELETE, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens/{token_id} */
	{34894, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id} */
	{34894, CP_EP_PATCH, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id} */
	{34894, CP_EP_DELETE, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id} */
	{34970, CP_EP_GET, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts/{account_id} */
	{34970, CP_EP_PATCH, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts/{account_id} */
	{34970, CP_EP_DELETE, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts/{account_id} */
	{35036, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id}/branch */
	{35104, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connection */
	{35104, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connection */
	{35158, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connections */
	{35213, CP_EP_POST, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items/bulk */
	{35213, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items/bulk */
	{35266, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws/{account_id} */
	{35266, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws/{account_id} */
	{35266, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws/{account_id} */
	{35319, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp/{project_id} */
	{35319, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp/{project_id} */
	{35319, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp/{project_id} */
	{35372, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure/{subscription_id} */
	{35372, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure/{subscription_id} */
	{35372, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure/{subscription_id} */
	{35432, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/ondemand/aws/{task_id} */
	{35482, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/data-observability/monitors/{monitor_id}/run */
	{35535, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/convert/bulk */
	{35582, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id}/test */
	{35631, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id}/convert */
	{35683, CP_EP_GET, KEY | APP}, /* /api/v2/security_monitoring/rules/{rule_id}/version_history */
	{35743, CP_EP_PATCH, KEY | APP}, /* /api/v2/security_monitoring/signals/bulk/state */
	{35790, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/bulk/update */
	{35838, CP_EP_PATCH, KEY | APP}, /* /api/v2/security_monitoring/signals/bulk/assignee */
	{35888, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/state */
	{35942, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/update */
	{35997, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/assignee */
	{36054, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/entities */
	{36111, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/incidents */
	{36169, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/suggested_actions */
	{36235, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/investigation_queries */
	{36305, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id}/version_history */
	{36371, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/terraform/{resource_type}/bulk */
	{36430, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/terraform/{resource_type}/convert */
	{36492, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/terraform/{resource_type}/{resource_id} */
	{36560, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/rules */
	{36621, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/validation */
	{36687, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id} */
	{36687, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id} */
	{36687, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id} */
	{36759, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id} */
	{36759, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id} */
	{36759, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id} */
	{36837, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/versions */
	{36905, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/{security_filter_id} */
	{36905, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/{security_filter_id} */
	{36905, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/{security_filter_id} */
	{36985, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/validate */
	{37055, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id} */
	{37055, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id} */
	{37055, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id} */
	{37140, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/notification_rules/send_notification_preview */
	{37227, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/content_packs/{content_pack_id}/activate */
	{37296, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/content_packs/{content_pack_id}/deactivate */
	{37367, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions/bulk */
	{37436, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions/{content_pack_id} */
	{37518, CP_EP_GET, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id} */
	{37518, CP_EP_PATCH, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id} */
	{37518, CP_EP_DELETE, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id} */
	{37598, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/dependencies/scan/{job_id} */
	{37653, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id}/user/{user_id} */
	{37726, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients/{user_authorized_client_id} */
	{37836, CP_EP_PATCH, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/rules/{rule_id} */
	{37836, CP_EP_DELETE, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/rules/{rule_id} */
	{37890, CP_EP_PATCH, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/groups/{group_id} */
	{37890, CP_EP_DELETE, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/groups/{group_id} */
	{37946, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks/{handle}/{version} */
	{37946, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks/{handle}/{version} */
	{37946, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks/{handle}/{version} */
	{38017, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id}/cancel */
	{38073, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id}/histsignals */
	{38134, CP_EP_GET, KEY | APP}, /* /api/unstable/fleet/agents/{agent_key}/tracers */
	{38181, CP_EP_POST, KEY | APP}, /* /api/unstable/fleet/schedules/{id}/trigger */
	{38224, CP_EP_GET, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom */
	{38271, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id}/results */
	{38324, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id}/results/{result_id} */
	{38381, CP_EP_GET, KEY | APP}, /* /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} */
	{38381, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} */
	{38381, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} */
	{38448, CP_EP_GET, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} */
	{38448, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} */
	{38448, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} */
	{38531, CP_EP_GET, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services/{service_name} */
	{38531, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services/{service_name} */
	{38531, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services/{service_name} */
	{38599, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type}/history */
	{38656, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type}/evidence */
	{38714, CP_EP_POST, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type}/feedback */
	{38772, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config/retention-quota/{scope_type}/{scope_id} */
	{38772, CP_EP_PUT, KEY | APP}, /* /api/v2/rum/config/retention-quota/{scope_type}/{scope_id} */
	{38772, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/config/retention-quota/{scope_type}/{scope_id} */
	{38831, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/watches */
	{38831, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/watches */
	{38880, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/watchers */
	{38930, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions */
	{38930, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions */
	{38982, CP_EP_PUT, KEY | APP}, /* /api/v2/rum/operations/strong_links/{rum_operation_id}/{feature_id} */
	{38982, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/operations/strong_links/{rum_operation_id}/{feature_id} */
	{39050, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{app_id}/relationships/retention_filters */
	{39116, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/permanent */
	{39178, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/{rf_id} */
	{39178, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/{rf_id} */
	{39178, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/{rf_id} */
	{39238, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id}/readers */
	{39238, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id}/readers */
	{39238, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id}/readers */
	{39288, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/role/{role_id} */
	{39343, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/user/{user_id} */
	{39398, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id}/roles */
	{39398, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id}/roles */
	{39398, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id}/roles */
	{39467, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/types/{case_type_id}/custom_attributes/{custom_attribute_id} */
	{39467, CP_EP_DELETE, KEY | APP}, /* /api/v2/cases/types/{case_type_id}/custom_attributes/{custom_attribute_id} */
	{39542, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id} */
	{39542, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id} */
	{39542, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id} */
	{39594, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules/{notification_rule_id} */
	{39594, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules/{notification_rule_id} */
	{39672, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/spans/events/search */
	{39711, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions */
	{39711, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions */
	{39759, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/{experiment_id}/events */
	{39759, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/{experiment_id}/events */
	{39813, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/integrations/{integration}/accounts */
	{39868, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations */
	{39928, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions */
	{39989, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/label-schema */
	{39989, CP_EP_PUT, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/label-schema */
	{40050, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotated-interactions */
	{40121, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/delete */
	{40169, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id} */
	{40223, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v2/experiments/{experiment_id}/events */
	{40277, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v3/experiments/{experiment_id}/events */
	{40331, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} */
	{40331, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} */
	{40331, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} */
	{40392, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels/{channel_id} */
	{40392, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels/{channel_id} */
	{40459, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/reorder */
	{40515, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/{rule_id} */
	{40515, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/{rule_id} */
	{40515, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/{rule_id} */
	{40573, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/reorder */
	{40633, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/{rule_id} */
	{40633, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/{rule_id} */
	{40633, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/{rule_id} */
	{40695, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/reorder */
	{40762, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/{rule_id} */
	{40762, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/{rule_id} */
	{40762, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/{rule_id} */
	{40831, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/reorder */
	{40900, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/{rule_id} */
	{40900, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/{rule_id} */
	{40900, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/{rule_id} */
	{40971, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{40971, CP_EP_POST, KEY | APP}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{40971, CP_EP_PUT, KEY | APP}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{40971, CP_EP_DELETE, KEY | APP}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{41033, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token} */
	{41033, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token} */
	{41033, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token} */
	{41094, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id}/org-settings */
	{41157, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos/{todo_id} */
	{41157, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos/{todo_id} */
	{41157, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos/{todo_id} */
	{41219, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id} */
	{41219, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id} */
	{41219, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id} */
	{41304, CP_EP_PUT, KEY | APP}, /* /api/v2/workflows/{workflow_id}/instances/{instance_id}/cancel */
	{41367, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/browser/{public_id}/results */
	{41420, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/download */
	{41472, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/multipart-upload-abort */
	{41538, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/multipart-presigned-urls */
	{41606, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/multipart-upload-complete */
	{41675, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/results/{result_id} */
	{41732, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/version_history/{version_number} */
	{41802, CP_EP_PUT, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id}/tests/{test_id} */
	{41802, CP_EP_DELETE, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id}/tests/{test_id} */
	{41861, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/api-multistep/subtests/{public_id}/parents */
	{41923, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{41923, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{41923, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{41923, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{41991, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/metric_name_filter_preview */
	{41991, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/metric_name_filter_preview */
	{42075, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/user-binding/{tenant_id} */
	{42143, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id} */
	{42143, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id} */
	{42143, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id} */
	{42219, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id} */
	{42219, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id} */
	{42219, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id} */
	{42300, CP_EP_POST, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials */
	{42381, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/delegated-user */
	{42381, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/delegated-user */
	{42468, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences */
	{42468, CP_EP_POST, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences */
	{42557, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles */
	{42557, CP_EP_POST, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles */
	{42650, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services */
	{42650, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services */
	{42709, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources */
	{42709, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources */
	{42778, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/enable */
	{42855, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/disable */
	{42933, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/allocations */
	{42933, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/allocations */
	{43015, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies */
	{43015, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies */
	{43063, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules */
	{43063, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules */
	{43115, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters */
	{43115, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters */
	{43172, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/download */
	{43223, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/{policy_id} */
	{43223, CP_EP_PATCH, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/{policy_id} */
	{43223, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/{policy_id} */
	{43277, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules/{agent_rule_id} */
	{43277, CP_EP_PATCH, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules/{agent_rule_id} */
	{43277, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules/{agent_rule_id} */
	{43340, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/rum/configs/{config_id} */
	{43340, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/rum/configs/{config_id} */
	{43395, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules */
	{43452, CP_EP_PUT, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules */
	{43513, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows/list */
	{43560, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id}/decisions/{decision_id} */
	{43560, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id}/decisions/{decision_id} */
	{43645, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connection/{id} */
	{43704, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/data-observability/monitors/runs/{run_id}/status */
	{43761, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id}/restore/{version} */
	{43823, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id}/version/{version} */
	{43891, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/rules/{rule_id} */
	{43962, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id}/version_history */
	{44050, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/rules/{rule_id} */
	{44124, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/entra_id/azure_app_registrations */
	{44218, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_type}/activate */
	{44307, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id}/validate */
	{44401, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_type}/deactivate */
	{44492, CP_EP_GET, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom/{eval_name} */
	{44492, CP_EP_PUT, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom/{eval_name} */
	{44492, CP_EP_DELETE, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom/{eval_name} */
	{44551, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id}/results/{result_id} */
	{44616, CP_EP_GET, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels */
	{44616, CP_EP_POST, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels */
	{44689, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions/{session_id} */
	{44689, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions/{session_id} */
	{44754, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/permanent/{permanent_rf_id} */
	{44754, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/permanent/{permanent_rf_id} */
	{44834, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id}/enable */
	{44893, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id}/disable */
	{44953, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions/{version} */
	{44953, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions/{version} */
	{45011, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/integrations/{integration}/{account_id}/models */
	{45077, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/integrations/{integration}/{account_id}/inference */
	{45146, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations/delete */
	{45213, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions/delete */
	{45281, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/clone */
	{45341, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/export */
	{45402, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records */
	{45402, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records */
	{45402, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records */
	{45464, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/restore */
	{45526, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/versions */
	{45589, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state */
	{45655, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/batch_update */
	{45722, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/browser/{public_id}/results/{result_id} */
	{45787, CP_EP_GET, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id} */
	{45787, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id} */
	{45787, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id} */
	{45885, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id} */
	{45885, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id} */
	{45885, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id} */
	{45995, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id} */
	{45995, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id} */
	{45995, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id} */
	{46100, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id}/updates/{update_id} */
	{46100, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id}/updates/{update_id} */
	{46180, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/{maintenance_id}/updates/{update_id} */
	{46260, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} */
	{46260, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} */
	{46260, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} */
	{46332, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id} */
	{46332, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id} */
	{46332, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id} */
	{46415, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies/{policy_id} */
	{46415, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies/{policy_id} */
	{46415, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies/{policy_id} */
	{46475, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id} */
	{46475, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id} */
	{46475, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id} */
	{46544, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id} */
	{46544, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id} */
	{46544, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id} */
	{46623, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name} */
	{46623, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name} */
	{46692, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name} */
	{46692, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name} */
	{46765, CP_EP_GET, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} */
	{46765, CP_EP_PATCH, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} */
	{46765, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} */
	{46853, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/views/{view_id}/segments */
	{46919, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records/delete */
	{46988, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/lock */
	{47059, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/unlock */
	{47132, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v2/{project_id}/datasets/{dataset_id}/records/upload */
	{47201, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/channel/{tenant_name}/{team_name}/{channel_name} */
	{47293, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/app/named-spaces/{domain_name}/{space_display_name} */
	{47391, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47391, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47470, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47470, CP_EP_PUT, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47553, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id} */
	{47637, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/revert */
	{47727, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id} */
};

/* {segment, its length, child node}, sorted per node by length, then bytes */
const struct cp_ep_edge cp_ep_edges[] = {
	{3, 2, 1}, /* v1 */
	{123, 3, 2}, /* api */
	{6, 5, 3}, /* input */
	{127, 2, 4}, /* v1 */
	{1210, 2, 5}, /* v2 */
	{38139, 8, 6}, /* unstable */
	{20, 3, 7}, /* org */
	{32, 3, 8}, /* slo */
	{9208, 4, 9}, /* host */
	{9328, 4, 10}, /* logs */
	{1774, 4, 11}, /* tags */
	{44, 4, 12}, /* user */
	{1820, 5, 13}, /* graph */
	{57, 5, 14}, /* hosts */
	{71, 5, 15}, /* query */
	{2247, 5, 16}, /* usage */
	{85, 6, 17}, /* events */
	{100, 6, 18}, /* search */
	{115, 6, 19}, /* series */
	{130, 7, 20}, /* api_key */
	{146, 7, 21}, /* metrics */
	{162, 7, 22}, /* monitor */
	{178, 8, 23}, /* downtime */
	{195, 8, 24}, /* validate */
	{212, 9, 25}, /* check_run */
	{230, 9, 26}, /* dashboard */
	{248, 9, 27}, /* notebooks */
	{23596, 10, 28}, /* synthetics */
	{3124, 11, 29}, /* integration */
	{3198, 12, 30}, /* logs-queries */
	{266, 15, 31}, /* application_key */
	{24287, 18, 32}, /* security_analytics */
	{290, 19, 33}, /* distribution_points */
	{318, 20, 34}, /* daily_custom_reports */
	{347, 22, 35}, /* monthly_custom_reports */
	{10293, 2, 36}, /* ci */
	{10348, 3, 37}, /* apm */
	{10596, 3, 38}, /* csm */
	{10626, 3, 39}, /* idp */
	{3379, 3, 40}, /* ndm */
	{378, 3, 41}, /* org */
	{10789, 3, 42}, /* rum */
	{3560, 3, 43}, /* slo */
	{10987, 3, 44}, /* spa */
	{11649, 4, 45}, /* cost */
	{3995, 4, 46}, /* dora */
	{390, 4, 47}, /* hamr */
	{403, 4, 48}, /* logs */
	{4064, 4, 49}, /* tags */
	{416, 4, 50}, /* team */
	{12496, 4, 51}, /* test */
	{4154, 5, 52}, /* audit */
	{429, 5, 53}, /* cases */
	{13266, 5, 54}, /* ddsql */
	{4415, 5, 55}, /* fleet */
	{443, 5, 56}, /* forms */
	{13563, 5, 57}, /* login */
	{4501, 5, 58}, /* query */
	{457, 5, 59}, /* roles */
	{4595, 5, 60}, /* seats */
	{13734, 5, 61}, /* spans */
	{4636, 5, 62}, /* trace */
	{4802, 5, 63}, /* usage */
	{471, 5, 64}, /* users */
	{485, 6, 65}, /* events */
	{13989, 6, 66}, /* oauth2 */
	{14022, 6, 67}, /* replay */
	{500, 6, 68}, /* series */
	{5152, 7, 69}, /* actions */
	{5190, 7, 70}, /* bits-ai */
	{5242, 7, 71}, /* catalog */
	{14493, 7, 72}, /* llm-obs */
	{515, 7, 73}, /* metrics */
	{5423, 7, 74}, /* monitor */
	{15474, 7, 75}, /* network */
	{5505, 7, 76}, /* on-call */
	{5541, 7, 77}, /* widgets */
	{531, 8, 78}, /* api_keys */
	{548, 8, 79}, /* datasets */
	{15641, 8, 80}, /* deletion */
	{565, 8, 81}, /* downtime */
	{28718, 8, 82}, /* security */
	{5850, 8, 83}, /* services */
	{582, 8, 84}, /* snapshot */
	{599, 8, 85}, /* validate */
	{40979, 9, 86}, /* dashboard */
	{616, 9, 87}, /* incidents */
	{634, 9, 88}, /* processes */
	{30508, 9, 89}, /* reporting */
	{6063, 9, 90}, /* scorecard */
	{652, 9, 91}, /* workflows */
	{670, 10, 92}, /* annotation */
	{6187, 10, 93}, /* apicatalog */
	{17251, 10, 94}, /* cloud_auth */
	{689, 10, 95}, /* containers */
	{6237, 10, 96}, /* dashboards */
	{6262, 10, 97}, /* governance */
	{708, 10, 98}, /* org_groups */
	{727, 10, 99}, /* powerpacks */
	{746, 10, 100}, /* prodlytics */
	{765, 10, 101}, /* sourcemaps */
	{31267, 10, 102}, /* synthetics */
	{6601, 11, 103}, /* app-builder */
	{6727, 11, 104}, /* cost_by_tag */
	{17851, 11, 105}, /* deployments */
	{784, 11, 106}, /* global_orgs */
	{17888, 11, 107}, /* integration */
	{804, 11, 108}, /* org_configs */
	{824, 11, 109}, /* permissions */
	{844, 11, 110}, /* statuspages */
	{864, 12, 111}, /* current_user */
	{885, 12, 112}, /* integrations */
	{906, 12, 113}, /* ip_allowlist */
	{6945, 12, 114}, /* pruned_trace */
	{927, 12, 115}, /* tag_policies */
	{19346, 13, 116}, /* code-coverage */
	{948, 13, 117}, /* feature-flags */
	{19699, 13, 118}, /* model-lab-api */
	{7295, 13, 119}, /* obs-pipelines */
	{43071, 13, 120}, /* remote_config */
	{7327, 13, 121}, /* stegadography */
	{970, 13, 122}, /* validate_keys */
	{992, 14, 123}, /* authn_mappings */
	{19826, 14, 124}, /* error-tracking */
	{1015, 15, 125}, /* anonymize_users */
	{1039, 15, 126}, /* org_connections */
	{19904, 15, 127}, /* static-analysis */
	{1063, 16, 128}, /* application_keys */
	{1088, 16, 129}, /* container_images */
	{1113, 16, 130}, /* deployment_gates */
	{1138, 16, 131}, /* domain_allowlist */
	{20416, 16, 132}, /* reference-tables */
	{1163, 16, 133}, /* service_accounts */
	{1188, 16, 134}, /* user_invitations */
	{20583, 16, 135}, /* web-integrations */
	{7657, 17, 136}, /* change-management */
	{21038, 17, 137}, /* product-analytics */
	{7731, 17, 138}, /* security-entities */
	{1213, 18, 139}, /* actions-datastores */
	{21528, 18, 140}, /* agentless_scanning */
	{43712, 18, 141}, /* data-observability */
	{1240, 18, 142}, /* identity_providers */
	{1267, 18, 143}, /* org_group_policies */
	{7896, 18, 144}, /* posture_management */
	{7932, 18, 145}, /* restriction_policy */
	{7973, 19, 146}, /* compliance_findings */
	{1294, 19, 147}, /* maintenance_windows */
	{1322, 19, 148}, /* saml_configurations */
	{22628, 19, 149}, /* security_monitoring */
	{8307, 19, 150}, /* static-analysis-sca */
	{1350, 20, 151}, /* team-hierarchy-links */
	{8387, 21, 152}, /* cloudinventoryservice */
	{1379, 21, 153}, /* org_group_memberships */
	{1409, 22, 154}, /* org_authorized_clients */
	{1440, 22, 155}, /* personal_access_tokens */
	{8620, 22, 156}, /* sensitive-data-scanner */
	{1471, 23, 157}, /* network-health-insights */
	{1503, 23, 158}, /* user_authorized_clients */
	{1535, 24, 159}, /* org_group_policy_configs */
	{8769, 25, 160}, /* cloud_security_management */
	{1568, 26, 161}, /* org_group_policy_overrides */
	{8927, 26, 162}, /* siem-historical-detections */
	{1603, 28, 163}, /* org_group_policy_suggestions */
	{38148, 5, 164}, /* fleet */
	{38238, 7, 165}, /* llm-obs */
	{1668, 6, 167}, /* search */
	{1687, 10, 168}, /* can_delete */
	{1710, 10, 169}, /* correction */
	{1733, 11, 170}, /* bulk_delete */
	{9333, 6, 173}, /* config */
	{1779, 5, 174}, /* hosts */
	{1826, 8, 176}, /* snapshot */
	{1849, 6, 177}, /* totals */
	{1870, 3, 178}, /* cws */
	{1888, 3, 179}, /* dbm */
	{1906, 3, 180}, /* iot */
	{1924, 3, 181}, /* rum */
	{1942, 3, 182}, /* sds */
	{1960, 4, 183}, /* cspm */
	{1979, 4, 184}, /* logs */
	{1998, 4, 185}, /* snmp */
	{2017, 5, 186}, /* hosts */
	{2037, 6, 187}, /* ci-app */
	{2058, 7, 188}, /* fargate */
	{2080, 7, 189}, /* summary */
	{2102, 9, 190}, /* profiling */
	{2126, 10, 191}, /* audit_logs */
	{2151, 10, 192}, /* aws_lambda */
	{2176, 10, 193}, /* synthetics */
	{2201, 10, 194}, /* timeseries */
	{2226, 12, 195}, /* rum_sessions */
	{2253, 13, 196}, /* analyzed_logs */
	{2281, 13, 197}, /* indexed-spans */
	{2309, 13, 198}, /* logs_by_index */
	{2337, 13, 199}, /* network_flows */
	{2365, 13, 200}, /* network_hosts */
	{2393, 14, 201}, /* ingested-spans */
	{2422, 14, 202}, /* online-archive */
	{2451, 14, 203}, /* synthetics_api */
	{2480, 15, 204}, /* top_avg_metrics */
	{2510, 16, 205}, /* billable-summary */
	{2541, 17, 206}, /* logs-by-retention */
	{2573, 18, 207}, /* hourly-attribution */
	{2606, 18, 208}, /* synthetics_browser */
	{2639, 19, 209}, /* incident-management */
	{2673, 19, 210}, /* monthly-attribution */
	{9434, 6, 214}, /* groups */
	{2787, 6, 215}, /* search */
	{2810, 8, 216}, /* validate */
	{2835, 10, 217}, /* can_delete */
	{9542, 6, 219}, /* cancel */
	{9576, 5, 221}, /* lists */
	{2924, 6, 222}, /* public */
	{23607, 2, 225}, /* ci */
	{3015, 5, 226}, /* tests */
	{9902, 8, 227}, /* settings */
	{3040, 9, 228}, /* locations */
	{3069, 9, 229}, /* variables */
	{3098, 17, 230}, /* private-locations */
	{3136, 3, 231}, /* aws */
	{3160, 3, 232}, /* gcp */
	{3184, 5, 233}, /* azure */
	{44636, 5, 234}, /* slack */
	{24077, 8, 235}, /* webhooks */
	{24137, 9, 236}, /* pagerduty */
	{3211, 4, 237}, /* list */
	{24306, 7, 239}, /* signals */
	{24384, 5, 242}, /* tests */
	{10296, 6, 243}, /* github */
	{3341, 8, 244}, /* pipeline */
	{24456, 9, 245}, /* pipelines */
	{24543, 17, 246}, /* test-optimization */
	{10352, 6, 247}, /* config */
	{3362, 8, 248}, /* services */
	{10496, 8, 249}, /* settings */
	{10533, 9, 250}, /* ownership */
	{10600, 10, 251}, /* onboarding */
	{10630, 19, 252}, /* entity_integrations */
	{25187, 4, 253}, /* tags */
	{3383, 7, 254}, /* devices */
	{3403, 10, 255}, /* interfaces */
	{3426, 7, 256}, /* disable */
	{3446, 19, 257}, /* saml_configurations */
	{25314, 5, 258}, /* query */
	{3478, 6, 259}, /* config */
	{3497, 6, 260}, /* events */
	{10764, 6, 261}, /* replay */
	{10793, 9, 262}, /* analytics */
	{3516, 10, 263}, /* operations */
	{3539, 12, 264}, /* applications */
	{3564, 6, 265}, /* report */
	{10991, 15, 267}, /* recommendations */
	{3584, 4, 268}, /* tags */
	{3602, 6, 269}, /* budget */
	{3622, 7, 270}, /* budgets */
	{3643, 8, 271}, /* tag_keys */
	{3665, 9, 272}, /* anomalies */
	{3688, 10, 273}, /* oci_config */
	{11195, 11, 274}, /* commitments */
	{3712, 12, 275}, /* custom_costs */
	{3738, 12, 276}, /* tag_metadata */
	{3764, 13, 277}, /* gcp_uc_config */
	{3791, 14, 278}, /* arbitrary_rule */
	{3819, 14, 279}, /* aws_cur_config */
	{11654, 15, 280}, /* account_filters */
	{3847, 15, 281}, /* azure_uc_config */
	{3876, 15, 282}, /* recommendations */
	{3905, 16, 283}, /* tag_descriptions */
	{3935, 7, 284}, /* failure */
	{3956, 8, 285}, /* failures */
	{3978, 8, 286}, /* incident */
	{4000, 10, 287}, /* deployment */
	{4024, 11, 288}, /* deployments */
	{11997, 6, 289}, /* config */
	{4049, 6, 290}, /* events */
	{12138, 9, 291}, /* analytics */
	{4069, 10, 292}, /* enrichment */
	{4093, 4, 293}, /* sync */
	{4111, 11, 294}, /* connections */
	{12501, 21, 296}, /* flaky-test-management */
	{4160, 6, 297}, /* events */
	{4181, 4, 298}, /* bulk */
	{4200, 4, 299}, /* link */
	{4219, 5, 300}, /* count */
	{4239, 5, 301}, /* types */
	{4259, 5, 302}, /* views */
	{4279, 8, 303}, /* projects */
	{4302, 9, 304}, /* aggregate */
	{13272, 5, 306}, /* query */
	{4350, 6, 307}, /* agents */
	{4371, 9, 308}, /* schedules */
	{4395, 11, 309}, /* deployments */
	{4421, 14, 310}, /* agent_versions */
	{4450, 18, 311}, /* create_and_publish */
	{13569, 11, 313}, /* org_configs */
	{4507, 6, 314}, /* scalar */
	{4528, 10, 315}, /* timeseries */
	{4553, 9, 316}, /* templates */
	{4601, 5, 318}, /* users */
	{4621, 6, 319}, /* events */
	{13740, 9, 320}, /* analytics */
	{13774, 7, 322}, /* summary */
	{4667, 11, 323}, /* cost_by_org */
	{4693, 12, 324}, /* hourly_usage */
	{4720, 14, 325}, /* estimated_cost */
	{4749, 14, 326}, /* projected_cost */
	{4778, 15, 327}, /* historical_cost */
	{4808, 20, 328}, /* application_security */
	{4843, 23, 329}, /* observability_pipelines */
	{4881, 23, 330}, /* usage-attribution-types */
	{4919, 25, 331}, /* billing_dimension_mapping */
	{4959, 25, 332}, /* lambda_traced_invocations */
	{5024, 6, 334}, /* search */
	{27450, 7, 336}, /* clients */
	{5072, 8, 337}, /* register */
	{13996, 11, 338}, /* .well-known */
	{14029, 7, 339}, /* heatmap */
	{5097, 11, 340}, /* connections */
	{5125, 18, 341}, /* execution-policies */
	{5160, 21, 342}, /* app_key_registrations */
	{5198, 14, 343}, /* investigations */
	{5229, 4, 344}, /* kind */
	{5250, 6, 345}, /* entity */
	{5273, 8, 346}, /* relation */
	{14501, 2, 347}, /* v1 */
	{40239, 2, 348}, /* v2 */
	{40293, 2, 349}, /* v3 */
	{14680, 6, 350}, /* config */
	{5298, 18, 351}, /* tag-indexing-rules */
	{5333, 33, 352}, /* historical-metrics-configurations */
	{5383, 6, 354}, /* policy */
	{5406, 8, 355}, /* template */
	{5431, 17, 356}, /* notification_rule */
	{15452, 3, 358}, /* dns */
	{15482, 11, 359}, /* connections */
	{5465, 5, 360}, /* pages */
	{28398, 5, 361}, /* teams */
	{28535, 5, 362}, /* users */
	{5487, 9, 363}, /* schedules */
	{5513, 19, 364}, /* escalation-policies */
	{15650, 4, 368}, /* data */
	{5644, 8, 369}, /* requests */
	{28727, 3, 371}, /* asm */
	{15682, 4, 372}, /* siem */
	{5701, 5, 373}, /* sboms */
	{15753, 7, 374}, /* signals */
	{5724, 8, 375}, /* findings */
	{29172, 14, 376}, /* cloud_workload */
	{5750, 15, 377}, /* vulnerabilities */
	{5783, 17, 378}, /* vulnerable-assets */
	{5818, 23, 379}, /* scanned-assets-metadata */
	{5859, 11, 380}, /* definitions */
	{40989, 5, 381}, /* lists */
	{29507, 6, 383}, /* config */
	{5889, 6, 384}, /* import */
	{5914, 6, 385}, /* search */
	{5971, 5, 387}, /* print */
	{30518, 7, 388}, /* dataset */
	{5995, 8, 389}, /* schedule */
	{6022, 5, 390}, /* rules */
	{17043, 6, 391}, /* scores */
	{6046, 8, 392}, /* outcomes */
	{6073, 9, 393}, /* campaigns */
	{6101, 10, 394}, /* scorecards */
	{17200, 4, 396}, /* page */
	{6198, 3, 398}, /* api */
	{6221, 7, 399}, /* openapi */
	{17262, 3, 400}, /* aws */
	{6248, 5, 401}, /* usage */
	{6273, 6, 403}, /* config */
	{6299, 7, 404}, /* control */
	{6326, 8, 405}, /* insights */
	{17385, 10, 406}, /* detections */
	{6354, 21, 407}, /* notification_settings */
	{6463, 4, 410}, /* list */
	{6487, 7, 411}, /* restore */
	{6514, 23, 412}, /* service_repository_info */
	{41386, 5, 413}, /* tests */
	{6557, 6, 414}, /* suites */
	{17686, 8, 415}, /* settings */
	{6583, 9, 416}, /* downtimes */
	{31225, 9, 417}, /* variables */
	{31278, 13, 418}, /* api-multistep */
	{6613, 4, 419}, /* apps */
	{6638, 4, 420}, /* tags */
	{17818, 9, 421}, /* blueprint */
	{6663, 10, 422}, /* blueprints */
	{6694, 24, 423}, /* monthly_cost_attribution */
	{6739, 25, 424}, /* active_billing_dimensions */
	{17863, 5, 425}, /* gates */
	{17900, 3, 426}, /* aws */
	{18148, 3, 427}, /* gcp */
	{18218, 3, 428}, /* oci */
	{18285, 4, 429}, /* jira */
	{18360, 5, 430}, /* slack */
	{47221, 8, 431}, /* ms-teams */
	{18400, 8, 432}, /* opsgenie */
	{32543, 8, 433}, /* webhooks */
	{32702, 10, 434}, /* servicenow */
	{18556, 10, 435}, /* statuspage */
	{18639, 11, 436}, /* google-chat */
	{18740, 20, 437}, /* salesforce-incidents */
	{6823, 12, 439}, /* degradations */
	{6856, 12, 440}, /* maintenances */
	{6920, 16, 442}, /* application_keys */
	{19161, 4, 443}, /* okta */
	{19196, 6, 444}, /* fastly */
	{19233, 10, 445}, /* cloudflare */
	{19274, 15, 446}, /* confluent-cloud */
	{19360, 6, 449}, /* branch */
	{19397, 6, 450}, /* commit */
	{7024, 12, 451}, /* environments */
	{33824, 18, 452}, /* exposure-schedules */
	{7099, 4, 454}, /* runs */
	{7126, 8, 455}, /* projects */
	{19713, 9, 456}, /* artifacts */
	{7157, 10, 457}, /* facet-keys */
	{7190, 12, 458}, /* facet-values */
	{7225, 18, 459}, /* project-facet-keys */
	{7266, 20, 460}, /* project-facet-values */
	{7309, 9, 461}, /* pipelines */
	{43085, 8, 462}, /* products */
	{7341, 11, 463}, /* get-widgets */
	{19841, 6, 465}, /* issues */
	{19920, 2, 467}, /* ai */
	{20025, 6, 468}, /* custom */
	{20065, 7, 469}, /* codegen */
	{20106, 7, 470}, /* secrets */
	{7459, 8, 471}, /* rulesets */
	{20192, 16, 472}, /* default-rulesets */
	{20244, 22, 473}, /* static-analysis-server */
	{7561, 6, 476}, /* tables */
	{20433, 7, 477}, /* queries */
	{7593, 7, 478}, /* uploads */
	{7675, 14, 482}, /* change-request */
	{20796, 5, 483}, /* users */
	{7716, 6, 484}, /* sankey */
	{20888, 7, 485}, /* journey */
	{21056, 8, 486}, /* accounts */
	{21102, 9, 487}, /* analytics */
	{21233, 9, 488}, /* retention */
	{7749, 11, 490}, /* risk-scores */
	{21547, 8, 492}, /* accounts */
	{21669, 8, 493}, /* ondemand */
	{43731, 8, 494}, /* monitors */
	{7915, 8, 497}, /* findings */
	{7993, 15, 499}, /* rule_based_view */
	{8089, 12, 501}, /* idp_metadata */
	{8177, 5, 503}, /* rules */
	{8211, 7, 504}, /* signals */
	{8247, 8, 505}, /* datasets */
	{36399, 9, 506}, /* terraform */
	{22309, 13, 507}, /* configuration */
	{22487, 13, 508}, /* content_packs */
	{8284, 14, 509}, /* entity_context */
	{22584, 21, 510}, /* sample_log_generation */
	{22648, 23, 511}, /* cloud_workload_security */
	{22712, 8, 512}, /* licenses */
	{8327, 12, 513}, /* dependencies */
	{22800, 15, 514}, /* vulnerabilities */
	{8409, 11, 516}, /* syncconfigs */
	{8451, 4, 517}, /* bulk */
	{8643, 6, 521}, /* config */
	{23149, 6, 522}, /* client */
	{8744, 16, 524}, /* resource_filters */
	{8795, 17, 525}, /* custom_frameworks */
	{8914, 4, 527}, /* jobs */
	{8954, 11, 528}, /* histsignals */
	{38154, 6, 529}, /* agents */
	{8986, 7, 530}, /* tracers */
	{9014, 9, 531}, /* schedules */
	{38246, 6, 532}, /* config */
	{9048, 9, 533}, /* downgrade */
	{9082, 12, 534}, /* idp_metadata */
	{9159, 7, 536}, /* history */
	{9188, 11, 537}, /* corrections */
	{9225, 4, 538}, /* mute */
	{9255, 6, 539}, /* unmute */
	{9282, 7, 540}, /* indexes */
	{9310, 9, 541}, /* pipelines */
	{9340, 11, 542}, /* index-order */
	{9372, 14, 543}, /* pipeline-order */
	{9441, 6, 545}, /* search */
	{9477, 8, 546}, /* validate */
	{9515, 9, 547}, /* downtimes */
	{9549, 8, 548}, /* by_scope */
	{9582, 6, 549}, /* manual */
	{23610, 5, 551}, /* batch */
	{9647, 3, 552}, /* api */
	{9676, 6, 553}, /* delete */
	{9708, 6, 554}, /* mobile */
	{9740, 6, 555}, /* search */
	{9772, 7, 556}, /* browser */
	{9805, 7, 557}, /* trigger */
	{9838, 7, 558}, /* uptimes */
	{9911, 17, 560}, /* default_locations */
	{10047, 4, 563}, /* logs */
	{10076, 9, 564}, /* filtering */
	{10110, 12, 565}, /* event_bridge */
	{10147, 24, 566}, /* generate_new_external_id */
	{10196, 25, 567}, /* available_namespace_rules */
	{10248, 12, 568}, /* host_filters */
	{44642, 13, 569}, /* configuration */
	{24086, 13, 570}, /* configuration */
	{24147, 13, 571}, /* configuration */
	{10278, 6, 573}, /* events */
	{24390, 9, 574}, /* analytics */
	{10303, 8, 575}, /* accounts */
	{10333, 6, 576}, /* events */
	{24466, 9, 577}, /* analytics */
	{24561, 8, 578}, /* settings */
	{10359, 7, 579}, /* metrics */
	{10386, 17, 580}, /* retention-filters */
	{10423, 33, 581}, /* retention-filters-execution-order */
	{10478, 5, 582}, /* hosts */
	{10505, 15, 583}, /* agentless_hosts */
	{10543, 8, 584}, /* settings */
	{10611, 6, 586}, /* agents */
	{24987, 10, 587}, /* serverless */
	{25080, 17, 588}, /* coverage_analysis */
	{25192, 7, 590}, /* devices */
	{25229, 10, 591}, /* interfaces */
	{25320, 7, 593}, /* insight */
	{10718, 7, 594}, /* metrics */
	{38791, 15, 595}, /* retention-quota */
	{10745, 6, 596}, /* search */
	{46872, 8, 597}, /* sessions */
	{10771, 9, 598}, /* playlists */
	{25505, 18, 599}, /* viewership-history */
	{10803, 9, 600}, /* aggregate */
	{10836, 6, 601}, /* search */
	{25556, 7, 602}, /* by-name */
	{10866, 12, 603}, /* strong_links */
	{10972, 6, 607}, /* status */
	{25767, 3, 609}, /* csv */
	{11037, 8, 610}, /* validate */
	{11066, 15, 611}, /* custom-forecast */
	{25853, 7, 615}, /* savings */
	{25937, 8, 616}, /* coverage */
	{26023, 11, 617}, /* utilization */
	{11207, 15, 618}, /* commitment-list */
	{26115, 19, 619}, /* on-demand-hot-spots */
	{11285, 6, 621}, /* months */
	{11318, 7, 622}, /* metrics */
	{11352, 8, 623}, /* currency */
	{11387, 11, 624}, /* tag_sources */
	{11425, 13, 625}, /* orchestrators */
	{11513, 6, 627}, /* status */
	{11548, 7, 628}, /* reorder */
	{11947, 7, 638}, /* metrics */
	{11975, 8, 639}, /* archives */
	{12004, 13, 640}, /* archive-order */
	{12038, 19, 641}, /* custom-destinations */
	{12078, 19, 642}, /* restriction_queries */
	{12118, 6, 643}, /* search */
	{12148, 9, 644}, /* aggregate */
	{12182, 6, 645}, /* status */
	{12213, 7, 646}, /* reorder */
	{12245, 14, 647}, /* validate-query */
	{12320, 5, 649}, /* links */
	{12349, 11, 650}, /* memberships */
	{12390, 12, 651}, /* member_teams */
	{12426, 18, 652}, /* notification-rules */
	{12468, 19, 653}, /* permission-settings */
	{12523, 5, 654}, /* tests */
	{12550, 6, 655}, /* search */
	{12606, 17, 657}, /* custom_attributes */
	{12712, 9, 660}, /* favorites */
	{12782, 5, 662}, /* title */
	{12812, 6, 663}, /* assign */
	{12843, 6, 664}, /* status */
	{12874, 7, 665}, /* archive */
	{12906, 7, 666}, /* comment */
	{12938, 8, 667}, /* due_date */
	{12971, 8, 668}, /* insights */
	{13004, 8, 669}, /* priority */
	{13037, 8, 670}, /* unassign */
	{13070, 8, 671}, /* watchers */
	{13103, 9, 672}, /* timelines */
	{13137, 9, 673}, /* unarchive */
	{13171, 10, 674}, /* attributes */
	{13206, 11, 675}, /* description */
	{27047, 13, 676}, /* relationships */
	{13242, 15, 677}, /* resolved_reason */
	{27202, 17, 678}, /* custom_attributes */
	{13278, 7, 679}, /* tabular */
	{13374, 7, 682}, /* upgrade */
	{13408, 9, 683}, /* configure */
	{13484, 5, 685}, /* clone */
	{13514, 7, 686}, /* publish */
	{13546, 8, 687}, /* versions */
	{13581, 20, 688}, /* max_session_duration */
	{13626, 5, 689}, /* clone */
	{13656, 5, 690}, /* users */
	{13686, 11, 691}, /* permissions */
	{13719, 6, 692}, /* search */
	{13750, 9, 693}, /* aggregate */
	{13782, 16, 694}, /* available_fields */
	{13823, 4, 695}, /* orgs */
	{13852, 11, 696}, /* invitations */
	{13890, 11, 697}, /* memberships */
	{13926, 11, 698}, /* permissions */
	{27402, 13, 699}, /* relationships */
	{13962, 18, 700}, /* identity_providers */
	{14008, 5, 702}, /* sites */
	{14037, 9, 703}, /* snapshots */
	{14279, 7, 709}, /* preview */
	{27557, 5, 711}, /* spans */
	{14341, 7, 712}, /* prompts */
	{14368, 8, 713}, /* projects */
	{14396, 11, 714}, /* experiments */
	{39832, 12, 715}, /* integrations */
	{27831, 15, 716}, /* experimentation */
	{14427, 17, 717}, /* annotation-queues */
	{14464, 20, 718}, /* topic-discovery-runs */
	{14504, 22, 719}, /* annotated-interactions */
	{14546, 22, 720}, /* topic-discovery-topics */
	{14588, 23, 721}, /* topic-discovery-configs */
	{14631, 32, 722}, /* topic-discovery-clustered-points */
	{40242, 11, 724}, /* experiments */
	{40296, 11, 726}, /* experiments */
	{14687, 9, 727}, /* bulk-tags */
	{14732, 5, 728}, /* order */
	{14872, 4, 731}, /* tags */
	{14907, 6, 732}, /* assets */
	{14944, 7, 733}, /* volumes */
	{14982, 8, 734}, /* all-tags */
	{15021, 8, 735}, /* estimate */
	{15060, 17, 736}, /* tag-cardinalities */
	{15108, 18, 737}, /* tag-indexing-rules */
	{15157, 21, 738}, /* active-configurations */
	{15209, 28, 739}, /* tag-indexing-rule-exemptions */
	{15298, 8, 741}, /* validate */
	{15419, 16, 744}, /* downtime_matches */
	{15456, 9, 745}, /* aggregate */
	{15494, 9, 746}, /* aggregate */
	{28731, 8, 755}, /* services */
	{15687, 12, 756}, /* ioc-explorer */
	{15761, 18, 758}, /* notification_rules */
	{15806, 4, 759}, /* mute */
	{15837, 5, 760}, /* cases */
	{15869, 6, 761}, /* search */
	{15902, 8, 762}, /* assignee */
	{29009, 10, 763}, /* automation */
	{15937, 11, 764}, /* jira_issues */
	{15975, 13, 765}, /* linear_issues */
	{16015, 18, 766}, /* servicenow_tickets */
	{29187, 6, 767}, /* policy */
	{16067, 18, 768}, /* notification_rules */
	{40995, 6, 770}, /* manual */
	{16163, 6, 771}, /* shared */
	{16195, 5, 772}, /* rules */
	{16226, 5, 773}, /* types */
	{29514, 6, 774}, /* global */
	{16257, 13, 775}, /* impact-fields */
	{16296, 18, 776}, /* notification-rules */
	{16340, 18, 777}, /* user-defined-roles */
	{16384, 19, 778}, /* user-defined-fields */
	{16429, 20, 779}, /* postmortem-templates */
	{16475, 22, 780}, /* notification-templates */
	{16523, 26, 781}, /* google-chat-configurations */
	{16575, 26, 782}, /* google-meet-configurations */
	{30006, 2, 783}, /* ai */
	{16634, 4, 784}, /* page */
	{30052, 5, 785}, /* cases */
	{30095, 5, 786}, /* pages */
	{16671, 7, 787}, /* impacts */
	{16711, 10, 788}, /* responders */
	{16754, 11, 789}, /* attachments */
	{30416, 13, 790}, /* relationships */
	{16798, 14, 791}, /* configurations */
	{16845, 18, 792}, /* servicenow-records */
	{16896, 19, 793}, /* timestamp-overrides */
	{16943, 4, 795}, /* list */
	{17091, 5, 799}, /* batch */
	{17171, 9, 801}, /* instances */
	{17266, 15, 804}, /* persona_mapping */
	{17316, 5, 805}, /* usage */
	{17396, 8, 807}, /* mitigate */
	{30954, 4, 809}, /* fast */
	{41392, 7, 810}, /* browser */
	{17475, 7, 811}, /* network */
	{17508, 11, 812}, /* bulk-delete */
	{17545, 12, 813}, /* poll_results */
	{17584, 6, 815}, /* search */
	{17617, 11, 816}, /* bulk-delete */
	{17695, 25, 818}, /* on_demand_concurrency_cap */
	{31292, 8, 821}, /* subtests */
	{31750, 5, 824}, /* slugs */
	{31795, 14, 825}, /* integration-id */
	{17869, 10, 826}, /* evaluation */
	{31893, 4, 827}, /* logs */
	{17904, 8, 828}, /* accounts */
	{17937, 12, 829}, /* event_bridge */
	{17974, 15, 830}, /* iam_permissions */
	{18014, 19, 831}, /* validate_ccm_config */
	{18058, 20, 832}, /* available_namespaces */
	{18103, 24, 833}, /* generate_new_external_id */
	{18152, 8, 834}, /* accounts */
	{18185, 12, 835}, /* sts_delegate */
	{18222, 8, 836}, /* products */
	{18255, 9, 837}, /* tenancies */
	{18290, 8, 838}, /* accounts */
	{18324, 15, 839}, /* issue-templates */
	{18366, 13, 840}, /* user-bindings */
	{47230, 13, 841}, /* configuration */
	{18409, 8, 842}, /* accounts */
	{18447, 8, 843}, /* services */
	{32552, 13, 844}, /* configuration */
	{32609, 5, 845}, /* users */
	{18487, 7, 846}, /* handles */
	{18526, 9, 847}, /* instances */
	{32713, 17, 848}, /* assignment_groups */
	{32776, 17, 849}, /* business_services */
	{18567, 7, 850}, /* account */
	{18606, 12, 851}, /* url_settings */
	{18651, 13, 852}, /* organizations */
	{18706, 13, 853}, /* organizations */
	{18761, 18, 854}, /* incident-templates */
	{18810, 7, 855}, /* publish */
	{18848, 9, 856}, /* unpublish */
	{18888, 10, 857}, /* components */
	{18929, 12, 858}, /* degradations */
	{18972, 12, 859}, /* maintenances */
	{19015, 21, 860}, /* degradation_templates */
	{19067, 21, 861}, /* maintenance_templates */
	{19166, 8, 863}, /* accounts */
	{19203, 8, 864}, /* accounts */
	{19244, 8, 865}, /* accounts */
	{19290, 8, 866}, /* accounts */
	{19332, 5, 867}, /* score */
	{19367, 7, 868}, /* summary */
	{19404, 7, 869}, /* summary */
	{19504, 7, 872}, /* archive */
	{19552, 8, 873}, /* variants */
	{19601, 9, 874}, /* unarchive */
	{42973, 12, 875}, /* environments */
	{19723, 7, 878}, /* content */
	{19763, 8, 879}, /* validate */
	{43094, 3, 881}, /* asm */
	{34337, 3, 882}, /* cws */
	{43371, 3, 883}, /* rum */
	{19848, 6, 884}, /* search */
	{19923, 6, 886}, /* memory */
	{19957, 7, 887}, /* prompts */
	{19992, 8, 888}, /* rulesets */
	{20032, 8, 889}, /* rulesets */
	{20073, 8, 890}, /* rulesets */
	{20114, 5, 891}, /* rules */
	{20267, 7, 894}, /* analyze */
	{20322, 7, 895}, /* get-ast */
	{34642, 10, 896}, /* node-types */
	{34711, 16, 897}, /* tree-sitter-wasm */
	{20365, 5, 898}, /* rules */
	{20441, 10, 900}, /* batch-rows */
	{20498, 13, 901}, /* access_tokens */
	{20558, 16, 902}, /* application_keys */
	{20619, 8, 903}, /* accounts */
	{20721, 5, 905}, /* query */
	{20759, 10, 906}, /* facet_info */
	{20802, 20, 907}, /* event_filtered_query */
	{20857, 4, 908}, /* list */
	{20896, 6, 909}, /* funnel */
	{20937, 6, 910}, /* scalar */
	{20978, 10, 911}, /* timeseries */
	{21024, 5, 912}, /* query */
	{21065, 10, 913}, /* facet_info */
	{21112, 4, 914}, /* list */
	{21153, 6, 915}, /* scalar */
	{21196, 10, 916}, /* timeseries */
	{21243, 4, 917}, /* grid */
	{21284, 4, 918}, /* list */
	{21325, 6, 919}, /* scalar */
	{21368, 10, 920}, /* timeseries */
	{21414, 7, 921}, /* mapping */
	{21514, 5, 923}, /* items */
	{21556, 3, 924}, /* aws */
	{21596, 3, 925}, /* gcp */
	{21636, 5, 926}, /* azure */
	{21678, 3, 927}, /* aws */
	{43740, 4, 928}, /* runs */
	{21718, 5, 930}, /* users */
	{21807, 4, 932}, /* test */
	{21846, 7, 933}, /* convert */
	{21888, 10, 934}, /* validation */
	{21933, 11, 935}, /* bulk_delete */
	{21979, 11, 936}, /* bulk_export */
	{35874, 4, 938}, /* bulk */
	{22071, 6, 939}, /* search */
	{22163, 12, 941}, /* dependencies */
	{22268, 12, 944}, /* suppressions */
	{22323, 15, 945}, /* critical_assets */
	{22381, 16, 946}, /* security_filters */
	{22440, 18, 947}, /* integration_config */
	{37182, 18, 948}, /* notification_rules */
	{22501, 6, 949}, /* states */
	{22606, 13, 952}, /* subscriptions */
	{22672, 11, 953}, /* agent_rules */
	{22721, 4, 954}, /* list */
	{22767, 4, 955}, /* scan */
	{22816, 26, 956}, /* resolve-vulnerable-symbols */
	{37711, 4, 958}, /* user */
	{22948, 23, 959}, /* user_authorized_clients */
	{23010, 5, 960}, /* rules */
	{23054, 6, 961}, /* groups */
	{23099, 17, 962}, /* standard-patterns */
	{23208, 14, 965}, /* signal_convert */
	{23319, 6, 967}, /* search */
	{38253, 10, 971}, /* evaluators */
	{23577, 10, 975}, /* invitation */
	{23790, 2, 980}, /* ci */
	{23830, 6, 981}, /* status */
	{23874, 7, 982}, /* results */
	{23911, 8, 983}, /* services */
	{23949, 11, 984}, /* check_async */
	{23990, 14, 985}, /* services_async */
	{44656, 8, 986}, /* accounts */
	{24048, 8, 987}, /* webhooks */
	{24100, 16, 988}, /* custom-variables */
	{24161, 8, 989}, /* services */
	{24217, 5, 990}, /* state */
	{24270, 8, 991}, /* assignee */
	{24326, 15, 992}, /* add_to_incident */
	{24366, 6, 993}, /* search */
	{24400, 9, 994}, /* aggregate */
	{24438, 6, 995}, /* search */
	{24476, 9, 996}, /* aggregate */
	{24524, 7, 997}, /* service */
	{24570, 8, 998}, /* policies */
	{24694, 6, 1001}, /* facets */
	{24728, 10, 1002}, /* facet_info */
	{24776, 6, 1003}, /* facets */
	{24820, 10, 1004}, /* facet_info */
	{24862, 8, 1005}, /* untagged */
	{24907, 7, 1006}, /* history */
	{24998, 6, 1008}, /* agents */
	{25046, 10, 1009}, /* serverless */
	{25098, 14, 1010}, /* cloud_accounts */
	{25154, 20, 1011}, /* hosts_and_containers */
	{25281, 20, 1014}, /* aggregated_waterfall */
	{25328, 21, 1015}, /* aggregated_long_tasks */
	{25376, 27, 1016}, /* aggregated_signals_problems */
	{25524, 8, 1021}, /* sessions */
	{39084, 13, 1024}, /* relationships */
	{25605, 17, 1025}, /* retention_filters */
	{25654, 6, 1026}, /* status */
	{25692, 8, 1027}, /* download */
	{25771, 8, 1029}, /* validate */
	{25812, 15, 1030}, /* custom-forecast */
	{25861, 6, 1031}, /* scalar */
	{25901, 10, 1032}, /* timeseries */
	{25946, 6, 1033}, /* scalar */
	{25987, 10, 1034}, /* timeseries */
	{26035, 6, 1035}, /* scalar */
	{26079, 10, 1036}, /* timeseries */
	{26135, 6, 1037}, /* scalar */
	{26182, 8, 1038}, /* generate */
	{39328, 4, 1042}, /* role */
	{39383, 4, 1043}, /* user */
	{26682, 17, 1050}, /* custom_attributes */
	{26736, 5, 1051}, /* rules */
	{26778, 9, 1052}, /* favorites */
	{26824, 18, 1053}, /* notification_rules */
	{26968, 7, 1056}, /* project */
	{27014, 8, 1057}, /* notebook */
	{27061, 9, 1058}, /* incidents */
	{27109, 11, 1059}, /* jira_issues */
	{27159, 18, 1060}, /* servicenow_tickets */
	{27271, 5, 1062}, /* fetch */
	{27319, 6, 1063}, /* cancel */
	{27359, 18, 1064}, /* upsert_and_publish */
	{27416, 18, 1065}, /* identity_providers */
	{27472, 18, 1066}, /* scopes_restriction */
	{27563, 6, 1068}, /* events */
	{27637, 6, 1070}, /* delete */
	{27716, 6, 1072}, /* delete */
	{27805, 6, 1075}, /* search */
	{27847, 9, 1076}, /* analytics */
	{27892, 13, 1077}, /* simple-search */
	{27994, 6, 1079}, /* status */
	{28043, 19, 1080}, /* with-cluster-points */
	{28106, 6, 1081}, /* latest */
	{28200, 8, 1083}, /* datasets */
	{47164, 8, 1085}, /* datasets */
	{28248, 8, 1087}, /* validate */
	{28289, 7, 1088}, /* resolve */
	{28329, 8, 1089}, /* escalate */
	{28370, 11, 1090}, /* acknowledge */
	{28414, 7, 1091}, /* on-call */
	{28454, 13, 1092}, /* routing-rules */
	{28500, 18, 1093}, /* notification-rules */
	{28551, 21, 1094}, /* notification-channels */
	{28613, 7, 1095}, /* on-call */
	{28661, 10, 1096}, /* responders */
	{28703, 6, 1097}, /* cancel */
	{28792, 6, 1099}, /* triage */
	{28834, 9, 1100}, /* indicator */
	{28972, 10, 1103}, /* mute_rules */
	{29020, 14, 1104}, /* due_date_rules */
	{29072, 21, 1105}, /* ticket_creation_rules */
	{29131, 23, 1106}, /* severity_modifier_rules */
	{29194, 8, 1107}, /* download */
	{29300, 12, 1110}, /* secure-embed */
	{29385, 12, 1112}, /* org-settings */
	{29480, 8, 1114}, /* settings */
	{29521, 16, 1115}, /* incident-handles */
	{30009, 10, 1124}, /* postmortem */
	{30058, 4, 1125}, /* page */
	{30101, 4, 1126}, /* link */
	{30260, 11, 1129}, /* postmortems */
	{30378, 5, 1131}, /* todos */
	{30430, 12, 1132}, /* integrations */
	{30539, 9, 1134}, /* schedules */
	{30592, 6, 1135}, /* toggle */
	{30740, 7, 1138}, /* openapi */
	{30852, 10, 1140}, /* detections */
	{30907, 21, 1141}, /* notification_settings */
	{41457, 5, 1145}, /* files */
	{31046, 7, 1146}, /* results */
	{31091, 13, 1147}, /* parent-suites */
	{31142, 15, 1148}, /* version_history */
	{31196, 9, 1149}, /* jsonpatch */
	{41845, 5, 1150}, /* tests */
	{31249, 9, 1151}, /* jsonpatch */
	{31347, 4, 1153}, /* tags */
	{31386, 6, 1154}, /* revert */
	{31427, 8, 1155}, /* favorite */
	{31470, 8, 1156}, /* versions */
	{31513, 10, 1157}, /* deployment */
	{31558, 12, 1158}, /* self-service */
	{31605, 12, 1159}, /* version-name */
	{31652, 15, 1160}, /* publish-request */
	{31702, 16, 1161}, /* protection-level */
	{31898, 8, 1165}, /* services */
	{32004, 8, 1167}, /* standard */
	{32053, 19, 1168}, /* resource_collection */
	{47244, 7, 1173}, /* channel */
	{42118, 12, 1174}, /* user-binding */
	{32319, 20, 1175}, /* tenant-based-handles */
	{32383, 25, 1176}, /* workflows-webhook-handles */
	{32566, 11, 1179}, /* auth-method */
	{47339, 3, 1185}, /* app */
	{33209, 8, 1190}, /* backfill */
	{33321, 8, 1192}, /* backfill */
	{33797, 4, 1200}, /* stop */
	{33866, 5, 1201}, /* pause */
	{33936, 5, 1202}, /* start */
	{34006, 6, 1203}, /* resume */
	{34111, 3, 1206}, /* pin */
	{34151, 9, 1207}, /* artifacts */
	{34205, 4, 1208}, /* star */
	{34254, 9, 1209}, /* artifacts */
	{43098, 3, 1210}, /* waf */
	{34299, 6, 1211}, /* policy */
	{34341, 11, 1212}, /* agent_rules */
	{43375, 7, 1213}, /* configs */
	{34394, 5, 1214}, /* state */
	{34441, 8, 1215}, /* assignee */
	{34818, 4, 1222}, /* rows */
	{35097, 6, 1226}, /* branch */
	{43621, 9, 1227}, /* decisions */
	{35147, 10, 1228}, /* connection */
	{35201, 11, 1229}, /* connections */
	{35261, 4, 1230}, /* bulk */
	{35531, 3, 1236}, /* run */
	{35577, 4, 1237}, /* bulk */
	{35626, 4, 1238}, /* test */
	{35675, 7, 1239}, /* convert */
	{43805, 7, 1240}, /* restore */
	{35727, 15, 1241}, /* version_history */
	{35784, 5, 1242}, /* state */
	{35831, 6, 1243}, /* update */
	{35879, 8, 1244}, /* assignee */
	{35936, 5, 1245}, /* state */
	{35990, 6, 1246}, /* update */
	{36045, 8, 1247}, /* assignee */
	{36102, 8, 1248}, /* entities */
	{36159, 9, 1249}, /* incidents */
	{36217, 17, 1250}, /* suggested_actions */
	{36283, 21, 1251}, /* investigation_queries */
	{43873, 7, 1252}, /* version */
	{36355, 15, 1253}, /* version_history */
	{36425, 4, 1254}, /* bulk */
	{36484, 7, 1255}, /* convert */
	{36615, 5, 1257}, /* rules */
	{36676, 10, 1258}, /* validation */
	{44108, 5, 1260}, /* rules */
	{36896, 8, 1262}, /* versions */
	{44185, 8, 1264}, /* entra_id */
	{37046, 8, 1265}, /* validate */
	{37201, 25, 1267}, /* send_notification_preview */
	{37287, 8, 1268}, /* activate */
	{37356, 10, 1269}, /* deactivate */
	{37431, 4, 1270}, /* bulk */
	{38066, 6, 1279}, /* cancel */
	{38122, 11, 1280}, /* histsignals */
	{38173, 7, 1281}, /* tracers */
	{38216, 7, 1282}, /* trigger */
	{38264, 6, 1283}, /* custom */
	{38316, 7, 1284}, /* results */
	{38648, 7, 1290}, /* history */
	{38705, 8, 1291}, /* evidence */
	{38763, 8, 1292}, /* feedback */
	{46894, 5, 1294}, /* views */
	{38872, 7, 1295}, /* watches */
	{38921, 8, 1296}, /* watchers */
	{38973, 8, 1297}, /* sessions */
	{39098, 17, 1299}, /* retention_filters */
	{39168, 9, 1300}, /* permanent */
	{39280, 7, 1302}, /* readers */
	{39461, 5, 1305}, /* roles */
	{39704, 6, 1309}, /* search */
	{39750, 8, 1310}, /* versions */
	{39806, 6, 1311}, /* events */
	{39859, 8, 1312}, /* accounts */
	{39916, 11, 1314}, /* annotations */
	{39976, 12, 1315}, /* interactions */
	{40037, 12, 1316}, /* label-schema */
	{40098, 22, 1317}, /* annotated-interactions */
	{40162, 6, 1318}, /* delete */
	{40270, 6, 1320}, /* events */
	{40324, 6, 1322}, /* events */
	{40507, 7, 1325}, /* reorder */
	{40625, 7, 1327}, /* reorder */
	{40754, 7, 1329}, /* reorder */
	{40892, 7, 1331}, /* reorder */
	{41022, 10, 1333}, /* dashboards */
	{41144, 12, 1335}, /* org-settings */
	{41360, 6, 1338}, /* cancel */
	{41412, 7, 1339}, /* results */
	{41463, 8, 1340}, /* download */
	{41515, 22, 1341}, /* multipart-upload-abort */
	{41581, 24, 1342}, /* multipart-presigned-urls */
	{41649, 25, 1343}, /* multipart-upload-complete */
	{41915, 7, 1347}, /* parents */
	{41980, 10, 1348}, /* ccm_config */
	{42048, 26, 1349}, /* metric_name_filter_preview */
	{42355, 25, 1354}, /* oauth2-client-credentials */
	{47343, 12, 1355}, /* named-spaces */
	{42453, 14, 1356}, /* delegated-user */
	{42540, 16, 1357}, /* target-audiences */
	{42629, 20, 1358}, /* organization-handles */
	{46160, 7, 1359}, /* updates */
	{46240, 7, 1360}, /* updates */
	{42700, 8, 1361}, /* services */
	{42768, 9, 1362}, /* resources */
	{42848, 6, 1363}, /* enable */
	{42925, 7, 1364}, /* disable */
	{43003, 11, 1365}, /* allocations */
	{43054, 8, 1366}, /* policies */
	{43102, 12, 1367}, /* custom_rules */
	{43154, 17, 1368}, /* exclusion_filters */
	{43214, 8, 1369}, /* download */
	{43446, 5, 1373}, /* rules */
	{43507, 5, 1374}, /* rules */
	{43555, 4, 1375}, /* list */
	{43754, 6, 1378}, /* status */
	{44034, 15, 1382}, /* version_history */
	{44194, 23, 1384}, /* azure_app_registrations */
	{44298, 8, 1385}, /* activate */
	{44392, 8, 1386}, /* validate */
	{44481, 10, 1387}, /* deactivate */
	{44680, 8, 1390}, /* channels */
	{44886, 6, 1394}, /* enable */
	{44945, 7, 1395}, /* disable */
	{45070, 6, 1397}, /* models */
	{45136, 9, 1398}, /* inference */
	{45206, 6, 1399}, /* delete */
	{45274, 6, 1400}, /* delete */
	{45335, 5, 1401}, /* clone */
	{45395, 6, 1402}, /* export */
	{45456, 7, 1403}, /* records */
	{45518, 7, 1404}, /* restore */
	{45580, 8, 1405}, /* versions */
	{45643, 11, 1406}, /* draft_state */
	{45709, 12, 1407}, /* batch_update */
	{47186, 7, 1408}, /* records */
	{46910, 8, 1425}, /* segments */
	{46981, 6, 1426}, /* delete */
	{47054, 4, 1427}, /* lock */
	{47125, 6, 1428}, /* unlock */
	{47194, 6, 1429}, /* upload */
	{47460, 9, 1432}, /* revisions */
	{47543, 9, 1433}, /* revisions */
	{47720, 6, 1435}, /* revert */
};

/* {first edge, edges, template child (0: none), first op, ops} */
const struct cp_ep_node cp_ep_nodes[] = {
	{0, 2, 0, 0, 1}, /* 0 */
	{2, 1, 0, 1, 0}, /* 1 */
	{3, 3, 0, 1, 0}, /* 2 */
	{6, 0, 0, 1, 1}, /* 3 */
	{6, 29, 0, 2, 0}, /* 4 */
	{35, 128, 0, 2, 0}, /* 5 */
	{163, 2, 0, 2, 0}, /* 6 */
	{165, 0, 166, 2, 2}, /* 7 */
	{165, 4, 171, 4, 2}, /* 8 */
	{169, 0, 172, 6, 0}, /* 9 */
	{169, 1, 0, 6, 0}, /* 10 */
	{170, 1, 0, 6, 0}, /* 11 */
	{171, 0, 175, 6, 2}, /* 12 */
	{171, 1, 0, 8, 0}, /* 13 */
	{172, 1, 0, 8, 1}, /* 14 */
	{173, 0, 0, 9, 1}, /* 15 */
	{173, 33, 0, 10, 0}, /* 16 */
	{206, 0, 211, 10, 2}, /* 17 */
	{206, 0, 0, 12, 1}, /* 18 */
	{206, 0, 0, 13, 1}, /* 19 */
	{206, 0, 212, 14, 2}, /* 20 */
	{206, 0, 213, 16, 1}, /* 21 */
	{206, 4, 218, 17, 2}, /* 22 */
	{210, 1, 220, 19, 2}, /* 23 */
	{211, 0, 0, 21, 1}, /* 24 */
	{211, 0, 0, 22, 1}, /* 25 */
	{211, 2, 223, 23, 4}, /* 26 */
	{213, 0, 224, 27, 2}, /* 27 */
	{213, 6, 0, 29, 0}, /* 28 */
	{219, 6, 0, 29, 0}, /* 29 */
	{225, 1, 0, 29, 0}, /* 30 */
	{226, 0, 238, 29, 2}, /* 31 */
	{226, 1, 0, 31, 0}, /* 32 */
	{227, 0, 0, 31, 1}, /* 33 */
	{227, 0, 240, 32, 1}, /* 34 */
	{227, 0, 241, 33, 1}, /* 35 */
	{227, 5, 0, 34, 0}, /* 36 */
	{232, 2, 0, 34, 0}, /* 37 */
	{234, 3, 0, 34, 0}, /* 38 */
	{237, 1, 0, 34, 0}, /* 39 */
	{238, 3, 0, 34, 0}, /* 40 */
	{241, 2, 0, 34, 1}, /* 41 */
	{243, 7, 0, 35, 0}, /* 42 */
	{250, 1, 266, 35, 0}, /* 43 */
	{251, 1, 0, 35, 0}, /* 44 */
	{252, 16, 0, 35, 0}, /* 45 */
	{268, 5, 0, 35, 0}, /* 46 */
	{273, 0, 0, 35, 2}, /* 47 */
	{273, 3, 0, 37, 1}, /* 48 */
	{276, 1, 0, 38, 0}, /* 49 */
	{277, 2, 295, 38, 2}, /* 50 */
	{279, 1, 0, 40, 0}, /* 51 */
	{280, 1, 0, 40, 0}, /* 52 */
	{281, 7, 305, 40, 2}, /* 53 */
	{288, 1, 0, 42, 0}, /* 54 */
	{289, 4, 0, 42, 0}, /* 55 */
	{293, 1, 312, 42, 2}, /* 56 */
	{294, 1, 0, 44, 0}, /* 57 */
	{295, 2, 0, 44, 0}, /* 58 */
	{297, 1, 317, 44, 2}, /* 59 */
	{298, 1, 0, 46, 0}, /* 60 */
	{299, 2, 0, 46, 0}, /* 61 */
	{301, 0, 321, 46, 0}, /* 62 */
	{301, 11, 0, 46, 0}, /* 63 */
	{312, 0, 333, 46, 2}, /* 64 */
	{312, 1, 335, 48, 2}, /* 65 */
	{313, 3, 0, 50, 0}, /* 66 */
	{316, 1, 0, 50, 0}, /* 67 */
	{317, 0, 0, 50, 1}, /* 68 */
	{317, 3, 0, 51, 0}, /* 69 */
	{320, 1, 0, 51, 0}, /* 70 */
	{321, 3, 0, 51, 0}, /* 71 */
	{324, 3, 0, 51, 0}, /* 72 */
	{327, 3, 353, 51, 1}, /* 73 */
	{330, 3, 357, 52, 0}, /* 74 */
	{333, 2, 0, 52, 0}, /* 75 */
	{335, 5, 0, 52, 0}, /* 76 */
	{340, 0, 365, 52, 0}, /* 77 */
	{340, 0, 366, 52, 2}, /* 78 */
	{340, 0, 367, 54, 2}, /* 79 */
	{340, 2, 0, 56, 0}, /* 80 */
	{342, 0, 370, 56, 2}, /* 81 */
	{342, 9, 0, 58, 0}, /* 82 */
	{351, 1, 0, 58, 0}, /* 83 */
	{352, 0, 0, 58, 1}, /* 84 */
	{352, 0, 0, 59, 1}, /* 85 */
	{352, 1, 382, 60, 0}, /* 86 */
	{353, 3, 386, 60, 2}, /* 87 */
	{356, 0, 0, 62, 1}, /* 88 */
	{356, 3, 0, 63, 0}, /* 89 */
	{359, 5, 0, 63, 0}, /* 90 */
	{364, 0, 395, 63, 2}, /* 91 */
	{364, 1, 397, 65, 2}, /* 92 */
	{365, 2, 0, 67, 0}, /* 93 */
	{367, 1, 0, 67, 0}, /* 94 */
	{368, 0, 0, 67, 1}, /* 95 */
	{368, 1, 402, 68, 0}, /* 96 */
	{369, 5, 0, 68, 0}, /* 97 */
	{374, 0, 408, 68, 2}, /* 98 */
	{374, 0, 409, 70, 2}, /* 99 */
	{374, 0, 0, 72, 1}, /* 100 */
	{374, 3, 0, 73, 2}, /* 101 */
	{377, 6, 0, 75, 0}, /* 102 */
	{383, 4, 0, 75, 0}, /* 103 */
	{387, 2, 0, 75, 0}, /* 104 */
	{389, 1, 0, 75, 0}, /* 105 */
	{390, 0, 0, 75, 1}, /* 106 */
	{390, 12, 0, 76, 0}, /* 107 */
	{402, 0, 438, 76, 1}, /* 108 */
	{402, 0, 0, 77, 1}, /* 109 */
	{402, 2, 441, 78, 2}, /* 110 */
	{404, 1, 0, 80, 2}, /* 111 */
	{405, 4, 0, 82, 1}, /* 112 */
	{409, 0, 0, 83, 2}, /* 113 */
	{409, 0, 447, 85, 0}, /* 114 */
	{409, 0, 448, 85, 2}, /* 115 */
	{409, 2, 0, 87, 0}, /* 116 */
	{411, 2, 453, 87, 2}, /* 117 */
	{413, 7, 0, 89, 0}, /* 118 */
	{420, 1, 0, 89, 0}, /* 119 */
	{421, 1, 0, 89, 0}, /* 120 */
	{422, 1, 0, 89, 0}, /* 121 */
	{423, 0, 0, 89, 1}, /* 122 */
	{423, 0, 464, 90, 2}, /* 123 */
	{423, 1, 0, 92, 0}, /* 124 */
	{424, 0, 0, 92, 1}, /* 125 */
	{424, 0, 466, 93, 2}, /* 126 */
	{424, 7, 0, 95, 0}, /* 127 */
	{431, 0, 474, 95, 1}, /* 128 */
	{431, 0, 0, 96, 1}, /* 129 */
	{431, 0, 475, 97, 2}, /* 130 */
	{431, 0, 0, 99, 2}, /* 131 */
	{431, 3, 0, 101, 0}, /* 132 */
	{434, 0, 479, 101, 1}, /* 133 */
	{434, 0, 480, 102, 1}, /* 134 */
	{434, 0, 481, 103, 0}, /* 135 */
	{434, 1, 0, 103, 0}, /* 136 */
	{435, 6, 489, 103, 0}, /* 137 */
	{441, 1, 0, 103, 0}, /* 138 */
	{442, 0, 491, 103, 2}, /* 139 */
	{442, 2, 0, 105, 0}, /* 140 */
	{444, 1, 0, 105, 0}, /* 141 */
	{445, 0, 495, 105, 1}, /* 142 */
	{445, 0, 496, 106, 2}, /* 143 */
	{445, 1, 0, 108, 0}, /* 144 */
	{446, 0, 498, 108, 0}, /* 145 */
	{446, 1, 0, 108, 0}, /* 146 */
	{447, 0, 500, 108, 2}, /* 147 */
	{447, 1, 502, 110, 1}, /* 148 */
	{448, 9, 0, 111, 0}, /* 149 */
	{457, 3, 0, 111, 0}, /* 150 */
	{460, 0, 515, 111, 2}, /* 151 */
	{460, 1, 0, 113, 0}, /* 152 */
	{461, 1, 518, 113, 1}, /* 153 */
	{462, 0, 519, 114, 1}, /* 154 */
	{462, 0, 520, 115, 2}, /* 155 */
	{462, 1, 0, 117, 0}, /* 156 */
	{463, 0, 0, 117, 1}, /* 157 */
	{463, 1, 523, 118, 1}, /* 158 */
	{464, 0, 0, 119, 1}, /* 159 */
	{464, 2, 0, 120, 0}, /* 160 */
	{466, 0, 526, 120, 2}, /* 161 */
	{466, 2, 0, 122, 0}, /* 162 */
	{468, 0, 0, 122, 1}, /* 163 */
	{468, 3, 0, 123, 0}, /* 164 */
	{471, 1, 0, 123, 0}, /* 165 */
	{472, 2, 0, 123, 2}, /* 166 */
	{474, 0, 0, 125, 1}, /* 167 */
	{474, 0, 0, 126, 1}, /* 168 */
	{474, 0, 535, 127, 2}, /* 169 */
	{474, 0, 0, 129, 1}, /* 170 */
	{474, 2, 0, 130, 3}, /* 171 */
	{476, 2, 0, 133, 0}, /* 172 */
	{478, 4, 0, 133, 0}, /* 173 */
	{482, 0, 544, 133, 1}, /* 174 */
	{482, 0, 0, 134, 3}, /* 175 */
	{482, 0, 0, 137, 1}, /* 176 */
	{482, 0, 0, 138, 1}, /* 177 */
	{482, 0, 0, 139, 1}, /* 178 */
	{482, 0, 0, 140, 1}, /* 179 */
	{482, 0, 0, 141, 1}, /* 180 */
	{482, 0, 0, 142, 1}, /* 181 */
	{482, 0, 0, 143, 1}, /* 182 */
	{482, 0, 0, 144, 1}, /* 183 */
	{482, 0, 0, 145, 1}, /* 184 */
	{482, 0, 0, 146, 1}, /* 185 */
	{482, 0, 0, 147, 1}, /* 186 */
	{482, 0, 0, 148, 1}, /* 187 */
	{482, 0, 0, 149, 1}, /* 188 */
	{482, 0, 0, 150, 1}, /* 189 */
	{482, 0, 0, 151, 1}, /* 190 */
	{482, 0, 0, 152, 1}, /* 191 */
	{482, 0, 0, 153, 1}, /* 192 */
	{482, 0, 0, 154, 1}, /* 193 */
	{482, 0, 0, 155, 1}, /* 194 */
	{482, 0, 0, 156, 1}, /* 195 */
	{482, 0, 0, 157, 1}, /* 196 */
	{482, 0, 0, 158, 1}, /* 197 */
	{482, 0, 0, 159, 1}, /* 198 */
	{482, 0, 0, 160, 1}, /* 199 */
	{482, 0, 0, 161, 1}, /* 200 */
	{482, 0, 0, 162, 1}, /* 201 */
	{482, 0, 0, 163, 1}, /* 202 */
	{482, 0, 0, 164, 1}, /* 203 */
	{482, 0, 0, 165, 1}, /* 204 */
	{482, 0, 0, 166, 1}, /* 205 */
	{482, 0, 0, 167, 1}, /* 206 */
	{482, 0, 0, 168, 1}, /* 207 */
	{482, 0, 0, 169, 1}, /* 208 */
	{482, 0, 0, 170, 1}, /* 209 */
	{482, 0, 0, 171, 1}, /* 210 */
	{482, 0, 0, 172, 1}, /* 211 */
	{482, 0, 0, 173, 3}, /* 212 */
	{482, 0, 0, 176, 2}, /* 213 */
	{482, 1, 0, 178, 0}, /* 214 */
	{483, 0, 0, 178, 1}, /* 215 */
	{483, 0, 0, 179, 1}, /* 216 */
	{483, 0, 0, 180, 1}, /* 217 */
	{483, 2, 0, 181, 3}, /* 218 */
	{485, 1, 0, 184, 0}, /* 219 */
	{486, 0, 0, 184, 3}, /* 220 */
	{486, 1, 0, 187, 0}, /* 221 */
	{487, 0, 550, 187, 1}, /* 222 */
	{487, 0, 0, 188, 3}, /* 223 */
	{487, 0, 0, 191, 3}, /* 224 */
	{487, 1, 0, 194, 0}, /* 225 */
	{488, 7, 559, 194, 1}, /* 226 */
	{495, 1, 0, 195, 0}, /* 227 */
	{496, 0, 0, 195, 1}, /* 228 */
	{496, 0, 561, 196, 2}, /* 229 */
	{496, 0, 562, 198, 1}, /* 230 */
	{496, 5, 0, 199, 4}, /* 231 */
	{501, 0, 0, 203, 4}, /* 232 */
	{501, 1, 0, 207, 4}, /* 233 */
	{502, 1, 0, 211, 0}, /* 234 */
	{503, 1, 0, 211, 0}, /* 235 */
	{504, 1, 0, 211, 0}, /* 236 */
	{505, 0, 0, 211, 1}, /* 237 */
	{505, 0, 0, 212, 3}, /* 238 */
	{505, 0, 572, 215, 0}, /* 239 */
	{505, 0, 0, 215, 1}, /* 240 */
	{505, 0, 0, 216, 1}, /* 241 */
	{505, 2, 0, 217, 0}, /* 242 */
	{507, 1, 0, 217, 0}, /* 243 */
	{508, 0, 0, 217, 1}, /* 244 */
	{508, 2, 0, 218, 0}, /* 245 */
	{510, 1, 0, 218, 0}, /* 246 */
	{511, 3, 0, 218, 0}, /* 247 */
	{514, 0, 0, 218, 1}, /* 248 */
	{514, 2, 0, 219, 0}, /* 249 */
	{516, 1, 585, 219, 0}, /* 250 */
	{517, 3, 0, 219, 0}, /* 251 */
	{520, 0, 589, 219, 0}, /* 252 */
	{520, 2, 0, 219, 0}, /* 253 */
	{522, 0, 592, 219, 1}, /* 254 */
	{522, 0, 0, 220, 1}, /* 255 */
	{522, 0, 0, 221, 1}, /* 256 */
	{522, 0, 0, 222, 1}, /* 257 */
	{522, 1, 0, 223, 0}, /* 258 */
	{523, 2, 0, 223, 3}, /* 259 */
	{525, 1, 0, 226, 1}, /* 260 */
	{526, 3, 0, 227, 0}, /* 261 */
	{529, 1, 0, 227, 0}, /* 262 */
	{530, 3, 604, 227, 1}, /* 263 */
	{533, 0, 605, 228, 2}, /* 264 */
	{533, 0, 606, 230, 1}, /* 265 */
	{533, 1, 0, 231, 0}, /* 266 */
	{534, 0, 608, 231, 0}, /* 267 */
	{534, 0, 0, 231, 1}, /* 268 */
	{534, 3, 612, 232, 1}, /* 269 */
	{537, 0, 0, 233, 1}, /* 270 */
	{537, 0, 613, 234, 1}, /* 271 */
	{537, 0, 614, 235, 1}, /* 272 */
	{537, 0, 0, 236, 1}, /* 273 */
	{537, 5, 0, 237, 0}, /* 274 */
	{542, 0, 620, 237, 2}, /* 275 */
	{542, 5, 0, 239, 1}, /* 276 */
	{547, 0, 626, 240, 2}, /* 277 */
	{547, 2, 629, 242, 2}, /* 278 */
	{549, 0, 630, 244, 2}, /* 279 */
	{549, 0, 631, 246, 0}, /* 280 */
	{549, 0, 632, 246, 2}, /* 281 */
	{549, 0, 0, 248, 1}, /* 282 */
	{549, 0, 633, 249, 1}, /* 283 */
	{549, 0, 634, 250, 1}, /* 284 */
	{549, 0, 635, 251, 1}, /* 285 */
	{549, 0, 0, 252, 1}, /* 286 */
	{549, 0, 636, 253, 1}, /* 287 */
	{549, 0, 637, 254, 2}, /* 288 */
	{549, 5, 0, 256, 0}, /* 289 */
	{554, 1, 0, 256, 1}, /* 290 */
	{555, 1, 0, 257, 0}, /* 291 */
	{556, 3, 648, 257, 2}, /* 292 */
	{559, 0, 0, 259, 2}, /* 293 */
	{559, 0, 0, 261, 3}, /* 294 */
	{559, 5, 0, 264, 3}, /* 295 */
	{564, 1, 0, 267, 0}, /* 296 */
	{565, 1, 0, 267, 1}, /* 297 */
	{566, 0, 0, 268, 1}, /* 298 */
	{566, 0, 656, 269, 2}, /* 299 */
	{566, 0, 0, 271, 1}, /* 300 */
	{566, 1, 658, 272, 2}, /* 301 */
	{567, 0, 659, 274, 2}, /* 302 */
	{567, 1, 661, 276, 2}, /* 303 */
	{568, 0, 0, 278, 1}, /* 304 */
	{568, 17, 0, 279, 1}, /* 305 */
	{585, 1, 0, 280, 0}, /* 306 */
	{586, 0, 680, 280, 1}, /* 307 */
	{586, 0, 681, 281, 1}, /* 308 */
	{586, 2, 684, 282, 1}, /* 309 */
	{588, 0, 0, 283, 1}, /* 310 */
	{588, 0, 0, 284, 1}, /* 311 */
	{588, 3, 0, 285, 3}, /* 312 */
	{591, 1, 0, 288, 0}, /* 313 */
	{592, 0, 0, 288, 1}, /* 314 */
	{592, 0, 0, 289, 1}, /* 315 */
	{592, 0, 0, 290, 1}, /* 316 */
	{592, 3, 0, 291, 3}, /* 317 */
	{595, 0, 0, 294, 3}, /* 318 */
	{595, 1, 0, 297, 1}, /* 319 */
	{596, 1, 0, 298, 0}, /* 320 */
	{597, 0, 0, 298, 1}, /* 321 */
	{597, 1, 0, 299, 0}, /* 322 */
	{598, 0, 0, 299, 1}, /* 323 */
	{598, 0, 0, 300, 1}, /* 324 */
	{598, 0, 0, 301, 1}, /* 325 */
	{598, 0, 0, 302, 1}, /* 326 */
	{598, 0, 0, 303, 1}, /* 327 */
	{598, 0, 0, 304, 1}, /* 328 */
	{598, 0, 0, 305, 1}, /* 329 */
	{598, 0, 0, 306, 1}, /* 330 */
	{598, 0, 0, 307, 1}, /* 331 */
	{598, 0, 0, 308, 1}, /* 332 */
	{598, 6, 0, 309, 3}, /* 333 */
	{604, 0, 0, 312, 1}, /* 334 */
	{604, 0, 0, 313, 1}, /* 335 */
	{604, 0, 701, 314, 0}, /* 336 */
	{604, 0, 0, 314, 1}, /* 337 */
	{604, 1, 0, 315, 0}, /* 338 */
	{605, 1, 0, 315, 0}, /* 339 */
	{606, 0, 704, 315, 1}, /* 340 */
	{606, 0, 705, 316, 2}, /* 341 */
	{606, 0, 706, 318, 1}, /* 342 */
	{606, 0, 707, 319, 2}, /* 343 */
	{606, 0, 708, 321, 2}, /* 344 */
	{606, 1, 710, 323, 2}, /* 345 */
	{607, 0, 0, 325, 1}, /* 346 */
	{607, 12, 723, 326, 0}, /* 347 */
	{619, 1, 725, 326, 0}, /* 348 */
	{620, 1, 0, 326, 0}, /* 349 */
	{621, 1, 0, 326, 0}, /* 350 */
	{622, 1, 729, 326, 2}, /* 351 */
	{623, 0, 730, 328, 1}, /* 352 */
	{623, 9, 0, 329, 0}, /* 353 */
	{632, 0, 740, 329, 2}, /* 354 */
	{632, 1, 742, 331, 2}, /* 355 */
	{633, 0, 743, 333, 2}, /* 356 */
	{633, 1, 0, 335, 0}, /* 357 */
	{634, 1, 0, 335, 0}, /* 358 */
	{635, 1, 0, 335, 0}, /* 359 */
	{636, 0, 747, 335, 1}, /* 360 */
	{636, 0, 748, 336, 0}, /* 361 */
	{636, 0, 749, 336, 0}, /* 362 */
	{636, 0, 750, 336, 1}, /* 363 */
	{636, 0, 751, 337, 1}, /* 364 */
	{636, 0, 752, 338, 2}, /* 365 */
	{636, 0, 0, 340, 3}, /* 366 */
	{636, 0, 0, 343, 3}, /* 367 */
	{636, 0, 753, 346, 0}, /* 368 */
	{636, 0, 754, 346, 1}, /* 369 */
	{636, 0, 0, 347, 3}, /* 370 */
	{636, 1, 0, 350, 0}, /* 371 */
	{637, 1, 0, 350, 0}, /* 372 */
	{638, 0, 757, 350, 1}, /* 373 */
	{638, 1, 0, 351, 0}, /* 374 */
	{639, 8, 0, 351, 1}, /* 375 */
	{647, 1, 0, 352, 0}, /* 376 */
	{648, 1, 0, 352, 2}, /* 377 */
	{649, 0, 0, 354, 1}, /* 378 */
	{649, 0, 0, 355, 1}, /* 379 */
	{649, 0, 769, 356, 2}, /* 380 */
	{649, 1, 0, 358, 0}, /* 381 */
	{650, 1, 0, 358, 0}, /* 382 */
	{651, 11, 0, 358, 0}, /* 383 */
	{662, 0, 0, 358, 1}, /* 384 */
	{662, 0, 0, 359, 1}, /* 385 */
	{662, 11, 0, 360, 3}, /* 386 */
	{673, 0, 0, 363, 1}, /* 387 */
	{673, 0, 794, 364, 0}, /* 388 */
	{673, 1, 796, 364, 1}, /* 389 */
	{674, 0, 797, 365, 2}, /* 390 */
	{674, 0, 798, 367, 0}, /* 391 */
	{674, 1, 0, 367, 2}, /* 392 */
	{675, 0, 800, 369, 2}, /* 393 */
	{675, 0, 0, 371, 1}, /* 394 */
	{675, 1, 0, 372, 3}, /* 395 */
	{676, 0, 802, 375, 0}, /* 396 */
	{676, 0, 0, 375, 2}, /* 397 */
	{676, 0, 803, 377, 1}, /* 398 */
	{676, 0, 0, 378, 1}, /* 399 */
	{676, 1, 0, 379, 0}, /* 400 */
	{677, 0, 0, 379, 1}, /* 401 */
	{677, 1, 0, 380, 0}, /* 402 */
	{678, 0, 0, 380, 1}, /* 403 */
	{678, 0, 806, 381, 1}, /* 404 */
	{678, 0, 0, 382, 1}, /* 405 */
	{678, 1, 808, 383, 0}, /* 406 */
	{679, 0, 0, 383, 2}, /* 407 */
	{679, 0, 0, 385, 3}, /* 408 */
	{679, 0, 0, 388, 3}, /* 409 */
	{679, 0, 0, 391, 1}, /* 410 */
	{679, 0, 0, 392, 1}, /* 411 */
	{679, 0, 0, 393, 1}, /* 412 */
	{679, 5, 814, 394, 0}, /* 413 */
	{684, 2, 817, 394, 1}, /* 414 */
	{686, 1, 0, 395, 0}, /* 415 */
	{687, 0, 819, 395, 2}, /* 416 */
	{687, 0, 820, 397, 0}, /* 417 */
	{687, 1, 0, 397, 0}, /* 418 */
	{688, 0, 822, 397, 3}, /* 419 */
	{688, 0, 0, 400, 1}, /* 420 */
	{688, 0, 823, 401, 0}, /* 421 */
	{688, 2, 0, 401, 1}, /* 422 */
	{690, 0, 0, 402, 1}, /* 423 */
	{690, 0, 0, 403, 1}, /* 424 */
	{690, 1, 0, 404, 0}, /* 425 */
	{691, 7, 0, 404, 0}, /* 426 */
	{698, 2, 0, 404, 0}, /* 427 */
	{700, 2, 0, 404, 0}, /* 428 */
	{702, 2, 0, 404, 0}, /* 429 */
	{704, 1, 0, 404, 0}, /* 430 */
	{705, 1, 0, 404, 0}, /* 431 */
	{706, 2, 0, 404, 0}, /* 432 */
	{708, 1, 0, 404, 0}, /* 433 */
	{709, 5, 0, 404, 0}, /* 434 */
	{714, 2, 0, 404, 0}, /* 435 */
	{716, 1, 0, 404, 0}, /* 436 */
	{717, 2, 0, 404, 0}, /* 437 */
	{719, 0, 0, 404, 2}, /* 438 */
	{719, 0, 0, 406, 1}, /* 439 */
	{719, 0, 0, 407, 1}, /* 440 */
	{719, 7, 0, 408, 3}, /* 441 */
	{726, 0, 862, 411, 2}, /* 442 */
	{726, 1, 0, 413, 0}, /* 443 */
	{727, 1, 0, 413, 0}, /* 444 */
	{728, 1, 0, 413, 0}, /* 445 */
	{729, 1, 0, 413, 0}, /* 446 */
	{730, 0, 0, 413, 1}, /* 447 */
	{730, 1, 0, 414, 3}, /* 448 */
	{731, 1, 0, 417, 0}, /* 449 */
	{732, 1, 0, 417, 0}, /* 450 */
	{733, 0, 870, 417, 2}, /* 451 */
	{733, 0, 871, 419, 0}, /* 452 */
	{733, 4, 0, 419, 2}, /* 453 */
	{737, 0, 876, 421, 1}, /* 454 */
	{737, 0, 877, 422, 1}, /* 455 */
	{737, 1, 0, 423, 0}, /* 456 */
	{738, 0, 0, 423, 1}, /* 457 */
	{738, 0, 0, 424, 1}, /* 458 */
	{738, 0, 0, 425, 1}, /* 459 */
	{738, 0, 0, 426, 1}, /* 460 */
	{738, 1, 880, 427, 2}, /* 461 */
	{739, 3, 0, 429, 0}, /* 462 */
	{742, 0, 0, 429, 1}, /* 463 */
	{742, 0, 0, 430, 3}, /* 464 */
	{742, 1, 885, 433, 0}, /* 465 */
	{743, 0, 0, 433, 2}, /* 466 */
	{743, 3, 0, 435, 0}, /* 467 */
	{746, 1, 0, 435, 0}, /* 468 */
	{747, 1, 0, 435, 0}, /* 469 */
	{748, 1, 0, 435, 0}, /* 470 */
	{749, 0, 892, 435, 1}, /* 471 */
	{749, 0, 893, 436, 0}, /* 472 */
	{749, 4, 0, 436, 0}, /* 473 */
	{753, 0, 0, 436, 3}, /* 474 */
	{753, 1, 0, 439, 3}, /* 475 */
	{754, 0, 899, 442, 2}, /* 476 */
	{754, 1, 0, 444, 0}, /* 477 */
	{755, 0, 0, 444, 1}, /* 478 */
	{755, 2, 0, 445, 0}, /* 479 */
	{757, 0, 0, 445, 1}, /* 480 */
	{757, 1, 0, 446, 0}, /* 481 */
	{758, 0, 904, 446, 1}, /* 482 */
	{758, 3, 0, 447, 0}, /* 483 */
	{761, 0, 0, 447, 1}, /* 484 */
	{761, 4, 0, 448, 0}, /* 485 */
	{765, 2, 0, 448, 0}, /* 486 */
	{767, 3, 0, 448, 0}, /* 487 */
	{770, 4, 0, 448, 0}, /* 488 */
	{774, 1, 0, 448, 0}, /* 489 */
	{775, 0, 922, 448, 1}, /* 490 */
	{775, 1, 0, 449, 3}, /* 491 */
	{776, 3, 0, 452, 0}, /* 492 */
	{779, 1, 0, 452, 0}, /* 493 */
	{780, 1, 929, 452, 0}, /* 494 */
	{781, 1, 0, 452, 1}, /* 495 */
	{782, 0, 0, 453, 3}, /* 496 */
	{782, 0, 931, 456, 1}, /* 497 */
	{782, 0, 0, 457, 3}, /* 498 */
	{782, 0, 0, 460, 1}, /* 499 */
	{782, 0, 0, 461, 2}, /* 500 */
	{782, 0, 0, 463, 1}, /* 501 */
	{782, 0, 0, 464, 2}, /* 502 */
	{782, 5, 937, 466, 2}, /* 503 */
	{787, 2, 940, 468, 1}, /* 504 */
	{789, 1, 942, 469, 2}, /* 505 */
	{790, 0, 943, 471, 0}, /* 506 */
	{790, 5, 0, 471, 0}, /* 507 */
	{795, 1, 950, 471, 0}, /* 508 */
	{796, 0, 951, 471, 1}, /* 509 */
	{796, 1, 0, 472, 0}, /* 510 */
	{797, 1, 0, 472, 0}, /* 511 */
	{798, 1, 0, 472, 0}, /* 512 */
	{799, 1, 0, 472, 1}, /* 513 */
	{800, 1, 0, 473, 0}, /* 514 */
	{801, 0, 0, 473, 2}, /* 515 */
	{801, 0, 957, 475, 1}, /* 516 */
	{801, 0, 0, 476, 1}, /* 517 */
	{801, 0, 0, 477, 2}, /* 518 */
	{801, 2, 0, 479, 3}, /* 519 */
	{803, 0, 0, 482, 3}, /* 520 */
	{803, 3, 0, 485, 2}, /* 521 */
	{806, 0, 963, 487, 0}, /* 522 */
	{806, 0, 0, 487, 2}, /* 523 */
	{806, 0, 0, 489, 2}, /* 524 */
	{806, 0, 964, 491, 1}, /* 525 */
	{806, 0, 0, 492, 3}, /* 526 */
	{806, 1, 966, 495, 2}, /* 527 */
	{807, 1, 968, 497, 1}, /* 528 */
	{808, 0, 969, 498, 0}, /* 529 */
	{808, 0, 0, 498, 1}, /* 530 */
	{808, 0, 970, 499, 1}, /* 531 */
	{808, 1, 0, 500, 0}, /* 532 */
	{809, 0, 0, 500, 1}, /* 533 */
	{809, 0, 0, 501, 1}, /* 534 */
	{809, 0, 0, 502, 3}, /* 535 */
	{809, 0, 0, 505, 1}, /* 536 */
	{809, 0, 0, 506, 1}, /* 537 */
	{809, 0, 0, 507, 1}, /* 538 */
	{809, 0, 0, 508, 1}, /* 539 */
	{809, 0, 972, 509, 2}, /* 540 */
	{809, 0, 973, 511, 2}, /* 541 */
	{809, 0, 0, 513, 2}, /* 542 */
	{809, 0, 0, 515, 2}, /* 543 */
	{809, 0, 0, 517, 4}, /* 544 */
	{809, 0, 0, 521, 1}, /* 545 */
	{809, 0, 0, 522, 1}, /* 546 */
	{809, 0, 0, 523, 1}, /* 547 */
	{809, 0, 0, 524, 1}, /* 548 */
	{809, 0, 974, 525, 2}, /* 549 */
	{809, 1, 0, 527, 3}, /* 550 */
	{810, 0, 976, 530, 0}, /* 551 */
	{810, 0, 977, 530, 1}, /* 552 */
	{810, 0, 0, 531, 1}, /* 553 */
	{810, 0, 978, 532, 1}, /* 554 */
	{810, 0, 0, 533, 1}, /* 555 */
	{810, 0, 979, 534, 1}, /* 556 */
	{810, 1, 0, 535, 1}, /* 557 */
	{811, 0, 0, 536, 1}, /* 558 */
	{811, 2, 0, 537, 2}, /* 559 */
	{813, 0, 0, 539, 1}, /* 560 */
	{813, 0, 0, 540, 3}, /* 561 */
	{813, 0, 0, 543, 3}, /* 562 */
	{813, 3, 0, 546, 3}, /* 563 */
	{816, 0, 0, 549, 3}, /* 564 */
	{816, 0, 0, 552, 3}, /* 565 */
	{816, 0, 0, 555, 1}, /* 566 */
	{816, 0, 0, 556, 1}, /* 567 */
	{816, 0, 0, 557, 1}, /* 568 */
	{816, 1, 0, 558, 0}, /* 569 */
	{817, 2, 0, 558, 0}, /* 570 */
	{819, 1, 0, 558, 0}, /* 571 */
	{820, 3, 0, 558, 0}, /* 572 */
	{823, 1, 0, 558, 1}, /* 573 */
	{824, 1, 0, 559, 0}, /* 574 */
	{825, 0, 0, 559, 2}, /* 575 */
	{825, 1, 0, 561, 1}, /* 576 */
	{826, 1, 0, 562, 0}, /* 577 */
	{827, 2, 0, 562, 0}, /* 578 */
	{829, 0, 999, 562, 2}, /* 579 */
	{829, 0, 1000, 564, 2}, /* 580 */
	{829, 0, 0, 566, 1}, /* 581 */
	{829, 2, 0, 567, 1}, /* 582 */
	{831, 2, 0, 568, 1}, /* 583 */
	{833, 1, 0, 569, 2}, /* 584 */
	{834, 1, 1007, 571, 1}, /* 585 */
	{835, 0, 0, 572, 1}, /* 586 */
	{835, 1, 0, 573, 0}, /* 587 */
	{836, 3, 0, 573, 0}, /* 588 */
	{839, 0, 0, 573, 3}, /* 589 */
	{839, 0, 1012, 576, 0}, /* 590 */
	{839, 0, 1013, 576, 0}, /* 591 */
	{839, 0, 0, 576, 1}, /* 592 */
	{839, 3, 0, 577, 0}, /* 593 */
	{842, 0, 1017, 577, 2}, /* 594 */
	{842, 0, 1018, 579, 0}, /* 595 */
	{842, 0, 0, 579, 1}, /* 596 */
	{842, 0, 1019, 580, 0}, /* 597 */
	{842, 0, 1020, 580, 2}, /* 598 */
	{842, 1, 0, 582, 0}, /* 599 */
	{843, 0, 0, 582, 1}, /* 600 */
	{843, 0, 0, 583, 1}, /* 601 */
	{843, 0, 1022, 584, 0}, /* 602 */
	{843, 0, 1023, 584, 2}, /* 603 */
	{843, 0, 0, 586, 3}, /* 604 */
	{843, 2, 0, 589, 3}, /* 605 */
	{845, 2, 0, 592, 0}, /* 606 */
	{847, 0, 0, 592, 1}, /* 607 */
	{847, 0, 1028, 593, 1}, /* 608 */
	{847, 1, 0, 594, 0}, /* 609 */
	{848, 0, 0, 594, 1}, /* 610 */
	{848, 0, 0, 595, 1}, /* 611 */
	{848, 1, 0, 596, 2}, /* 612 */
	{849, 0, 0, 598, 1}, /* 613 */
	{849, 0, 0, 599, 1}, /* 614 */
	{849, 2, 0, 600, 0}, /* 615 */
	{851, 2, 0, 600, 0}, /* 616 */
	{853, 2, 0, 600, 0}, /* 617 */
	{855, 0, 0, 600, 1}, /* 618 */
	{855, 1, 0, 601, 0}, /* 619 */
	{856, 0, 0, 601, 2}, /* 620 */
	{856, 0, 0, 603, 1}, /* 621 */
	{856, 0, 0, 604, 1}, /* 622 */
	{856, 0, 0, 605, 1}, /* 623 */
	{856, 0, 0, 606, 1}, /* 624 */
	{856, 0, 0, 607, 1}, /* 625 */
	{856, 0, 0, 608, 3}, /* 626 */
	{856, 0, 0, 611, 1}, /* 627 */
	{856, 0, 0, 612, 1}, /* 628 */
	{856, 0, 0, 613, 3}, /* 629 */
	{856, 0, 0, 616, 3}, /* 630 */
	{856, 0, 0, 619, 2}, /* 631 */
	{856, 0, 0, 621, 3}, /* 632 */
	{856, 1, 0, 624, 3}, /* 633 */
	{857, 0, 0, 627, 1}, /* 634 */
	{857, 0, 0, 628, 1}, /* 635 */
	{857, 0, 0, 629, 1}, /* 636 */
	{857, 0, 0, 630, 2}, /* 637 */
	{857, 0, 1039, 632, 2}, /* 638 */
	{857, 0, 1040, 634, 2}, /* 639 */
	{857, 0, 0, 636, 2}, /* 640 */
	{857, 0, 1041, 638, 2}, /* 641 */
	{857, 2, 1044, 640, 2}, /* 642 */
	{859, 0, 0, 642, 1}, /* 643 */
	{859, 0, 0, 643, 1}, /* 644 */
	{859, 0, 0, 644, 1}, /* 645 */
	{859, 0, 0, 645, 1}, /* 646 */
	{859, 0, 0, 646, 1}, /* 647 */
	{859, 0, 0, 647, 3}, /* 648 */
	{859, 0, 1045, 650, 2}, /* 649 */
	{859, 0, 1046, 652, 2}, /* 650 */
	{859, 0, 1047, 654, 2}, /* 651 */
	{859, 0, 1048, 656, 2}, /* 652 */
	{859, 0, 1049, 658, 1}, /* 653 */
	{859, 0, 0, 659, 2}, /* 654 */
	{859, 0, 0, 661, 1}, /* 655 */
	{859, 0, 0, 662, 1}, /* 656 */
	{859, 0, 0, 663, 1}, /* 657 */
	{859, 1, 0, 664, 2}, /* 658 */
	{860, 0, 0, 666, 3}, /* 659 */
	{860, 0, 0, 669, 1}, /* 660 */
	{860, 3, 0, 670, 3}, /* 661 */
	{863, 0, 0, 673, 1}, /* 662 */
	{863, 0, 0, 674, 1}, /* 663 */
	{863, 0, 0, 675, 1}, /* 664 */
	{863, 0, 0, 676, 1}, /* 665 */
	{863, 0, 1054, 677, 1}, /* 666 */
	{863, 0, 0, 678, 1}, /* 667 */
	{863, 0, 0, 679, 2}, /* 668 */
	{863, 0, 0, 681, 1}, /* 669 */
	{863, 0, 0, 682, 1}, /* 670 */
	{863, 0, 1055, 683, 1}, /* 671 */
	{863, 0, 0, 684, 1}, /* 672 */
	{863, 0, 0, 685, 1}, /* 673 */
	{863, 0, 0, 686, 1}, /* 674 */
	{863, 0, 0, 687, 1}, /* 675 */
	{863, 5, 0, 688, 0}, /* 676 */
	{868, 0, 0, 688, 1}, /* 677 */
	{868, 0, 1061, 689, 0}, /* 678 */
	{868, 1, 0, 689, 1}, /* 679 */
	{869, 0, 0, 690, 1}, /* 680 */
	{869, 0, 0, 691, 1}, /* 681 */
	{869, 0, 0, 692, 1}, /* 682 */
	{869, 0, 0, 693, 1}, /* 683 */
	{869, 1, 0, 694, 1}, /* 684 */
	{870, 0, 0, 695, 1}, /* 685 */
	{870, 0, 0, 696, 1}, /* 686 */
	{870, 1, 0, 697, 1}, /* 687 */
	{871, 0, 0, 698, 1}, /* 688 */
	{871, 0, 0, 699, 1}, /* 689 */
	{871, 0, 0, 700, 3}, /* 690 */
	{871, 0, 0, 703, 3}, /* 691 */
	{871, 0, 0, 706, 1}, /* 692 */
	{871, 0, 0, 707, 1}, /* 693 */
	{871, 0, 0, 708, 1}, /* 694 */
	{871, 0, 0, 709, 1}, /* 695 */
	{871, 0, 0, 710, 1}, /* 696 */
	{871, 0, 0, 711, 1}, /* 697 */
	{871, 0, 0, 712, 1}, /* 698 */
	{871, 1, 0, 713, 0}, /* 699 */
	{872, 0, 0, 713, 1}, /* 700 */
	{872, 1, 0, 714, 0}, /* 701 */
	{873, 0, 0, 714, 1}, /* 702 */
	{873, 0, 1067, 715, 2}, /* 703 */
	{873, 0, 0, 717, 3}, /* 704 */
	{873, 0, 0, 720, 3}, /* 705 */
	{873, 0, 0, 723, 3}, /* 706 */
	{873, 0, 0, 726, 1}, /* 707 */
	{873, 0, 0, 727, 1}, /* 708 */
	{873, 0, 0, 728, 1}, /* 709 */
	{873, 0, 0, 729, 1}, /* 710 */
	{873, 1, 0, 730, 0}, /* 711 */
	{874, 0, 1069, 730, 2}, /* 712 */
	{874, 1, 1071, 732, 2}, /* 713 */
	{875, 1, 1073, 734, 2}, /* 714 */
	{876, 0, 1074, 736, 0}, /* 715 */
	{876, 3, 0, 736, 0}, /* 716 */
	{879, 0, 1078, 736, 2}, /* 717 */
	{879, 1, 0, 738, 2}, /* 718 */
	{880, 0, 0, 740, 1}, /* 719 */
	{880, 1, 0, 741, 1}, /* 720 */
	{881, 1, 1082, 742, 2}, /* 721 */
	{882, 0, 0, 744, 1}, /* 722 */
	{882, 1, 0, 745, 0}, /* 723 */
	{883, 0, 1084, 745, 0}, /* 724 */
	{883, 1, 0, 745, 0}, /* 725 */
	{884, 0, 1086, 745, 0}, /* 726 */
	{884, 0, 0, 745, 2}, /* 727 */
	{884, 0, 0, 747, 1}, /* 728 */
	{884, 0, 0, 748, 3}, /* 729 */
	{884, 0, 0, 751, 2}, /* 730 */
	{884, 0, 0, 753, 4}, /* 731 */
	{884, 0, 0, 757, 1}, /* 732 */
	{884, 0, 0, 758, 1}, /* 733 */
	{884, 0, 0, 759, 1}, /* 734 */
	{884, 0, 0, 760, 1}, /* 735 */
	{884, 0, 0, 761, 1}, /* 736 */
	{884, 0, 0, 762, 1}, /* 737 */
	{884, 0, 0, 763, 1}, /* 738 */
	{884, 0, 0, 764, 3}, /* 739 */
	{884, 0, 0, 767, 3}, /* 740 */
	{884, 0, 0, 770, 1}, /* 741 */
	{884, 1, 0, 771, 3}, /* 742 */
	{885, 0, 0, 774, 3}, /* 743 */
	{885, 0, 0, 777, 1}, /* 744 */
	{885, 0, 0, 778, 1}, /* 745 */
	{885, 0, 0, 779, 1}, /* 746 */
	{885, 3, 0, 780, 0}, /* 747 */
	{888, 2, 0, 780, 0}, /* 748 */
	{890, 2, 0, 780, 0}, /* 749 */
	{892, 2, 0, 780, 3}, /* 750 */
	{894, 0, 0, 783, 3}, /* 751 */
	{894, 0, 0, 786, 3}, /* 752 */
	{894, 0, 0, 789, 1}, /* 753 */
	{894, 1, 0, 790, 0}, /* 754 */
	{895, 0, 1098, 790, 0}, /* 755 */
	{895, 2, 0, 790, 1}, /* 756 */
	{897, 0, 0, 791, 1}, /* 757 */
	{897, 0, 1101, 792, 2}, /* 758 */
	{897, 0, 0, 794, 1}, /* 759 */
	{897, 0, 1102, 795, 2}, /* 760 */
	{897, 0, 0, 797, 1}, /* 761 */
	{897, 0, 0, 798, 1}, /* 762 */
	{897, 4, 0, 799, 0}, /* 763 */
	{901, 0, 0, 799, 2}, /* 764 */
	{901, 0, 0, 801, 2}, /* 765 */
	{901, 0, 0, 803, 2}, /* 766 */
	{901, 1, 0, 805, 0}, /* 767 */
	{902, 0, 1108, 805, 2}, /* 768 */
	{902, 0, 0, 807, 2}, /* 769 */
	{902, 0, 1109, 809, 0}, /* 770 */
	{902, 1, 0, 809, 1}, /* 771 */
	{903, 0, 1111, 810, 2}, /* 772 */
	{903, 1, 1113, 812, 2}, /* 773 */
	{904, 2, 0, 814, 0}, /* 774 */
	{906, 0, 1116, 814, 2}, /* 775 */
	{906, 0, 1117, 816, 2}, /* 776 */
	{906, 0, 1118, 818, 2}, /* 777 */
	{906, 0, 1119, 820, 2}, /* 778 */
	{906, 0, 1120, 822, 2}, /* 779 */
	{906, 0, 1121, 824, 2}, /* 780 */
	{906, 0, 1122, 826, 1}, /* 781 */
	{906, 0, 1123, 827, 1}, /* 782 */
	{906, 1, 0, 828, 0}, /* 783 */
	{907, 0, 0, 828, 1}, /* 784 */
	{907, 1, 0, 829, 0}, /* 785 */
	{908, 1, 0, 829, 0}, /* 786 */
	{909, 0, 1127, 829, 2}, /* 787 */
	{909, 0, 1128, 831, 2}, /* 788 */
	{909, 1, 1130, 833, 2}, /* 789 */
	{910, 2, 0, 835, 0}, /* 790 */
	{912, 0, 0, 835, 2}, /* 791 */
	{912, 0, 0, 837, 1}, /* 792 */
	{912, 0, 1133, 838, 2}, /* 793 */
	{912, 1, 0, 840, 0}, /* 794 */
	{913, 0, 0, 840, 1}, /* 795 */
	{913, 1, 1136, 841, 3}, /* 796 */
	{914, 0, 0, 844, 2}, /* 797 */
	{914, 0, 0, 846, 1}, /* 798 */
	{914, 0, 0, 847, 1}, /* 799 */
	{914, 0, 0, 848, 3}, /* 800 */
	{914, 0, 1137, 851, 2}, /* 801 */
	{914, 0, 0, 853, 1}, /* 802 */
	{914, 1, 0, 854, 1}, /* 803 */
	{915, 0, 1139, 855, 2}, /* 804 */
	{915, 0, 0, 857, 1}, /* 805 */
	{915, 2, 0, 858, 2}, /* 806 */
	{917, 0, 0, 860, 1}, /* 807 */
	{917, 0, 0, 861, 2}, /* 808 */
	{917, 0, 1142, 863, 0}, /* 809 */
	{917, 0, 1143, 863, 0}, /* 810 */
	{917, 0, 1144, 863, 1}, /* 811 */
	{917, 0, 0, 864, 1}, /* 812 */
	{917, 0, 0, 865, 1}, /* 813 */
	{917, 4, 0, 866, 0}, /* 814 */
	{921, 0, 0, 866, 1}, /* 815 */
	{921, 0, 0, 867, 1}, /* 816 */
	{921, 1, 0, 868, 2}, /* 817 */
	{922, 0, 0, 870, 2}, /* 818 */
	{922, 1, 0, 872, 3}, /* 819 */
	{923, 1, 0, 875, 0}, /* 820 */
	{924, 0, 1152, 875, 0}, /* 821 */
	{924, 9, 0, 875, 3}, /* 822 */
	{933, 0, 0, 878, 1}, /* 823 */
	{933, 0, 1162, 879, 0}, /* 824 */
	{933, 0, 1163, 879, 0}, /* 825 */
	{933, 0, 1164, 879, 1}, /* 826 */
	{933, 1, 0, 880, 0}, /* 827 */
	{934, 0, 1166, 880, 2}, /* 828 */
	{934, 0, 0, 882, 3}, /* 829 */
	{934, 2, 0, 885, 1}, /* 830 */
	{936, 0, 0, 886, 1}, /* 831 */
	{936, 0, 0, 887, 1}, /* 832 */
	{936, 0, 0, 888, 1}, /* 833 */
	{936, 0, 1169, 889, 2}, /* 834 */
	{936, 0, 0, 891, 2}, /* 835 */
	{936, 0, 0, 893, 1}, /* 836 */
	{936, 0, 1170, 894, 2}, /* 837 */
	{936, 0, 1171, 896, 1}, /* 838 */
	{936, 0, 1172, 897, 2}, /* 839 */
	{936, 0, 0, 899, 1}, /* 840 */
	{936, 4, 0, 900, 0}, /* 841 */
	{940, 0, 1177, 900, 2}, /* 842 */
	{940, 0, 1178, 902, 2}, /* 843 */
	{940, 1, 0, 904, 0}, /* 844 */
	{941, 0, 1180, 904, 0}, /* 845 */
	{941, 0, 1181, 904, 2}, /* 846 */
	{941, 0, 0, 906, 1}, /* 847 */
	{941, 0, 1182, 907, 0}, /* 848 */
	{941, 0, 1183, 907, 0}, /* 849 */
	{941, 0, 0, 907, 4}, /* 850 */
	{941, 0, 1184, 911, 2}, /* 851 */
	{941, 1, 1186, 913, 1}, /* 852 */
	{942, 0, 1187, 914, 1}, /* 853 */
	{942, 0, 1188, 915, 2}, /* 854 */
	{942, 0, 0, 917, 1}, /* 855 */
	{942, 0, 0, 918, 1}, /* 856 */
	{942, 0, 1189, 919, 2}, /* 857 */
	{942, 1, 1191, 921, 1}, /* 858 */
	{943, 1, 1193, 922, 1}, /* 859 */
	{944, 0, 1194, 923, 2}, /* 860 */
	{944, 0, 1195, 925, 2}, /* 861 */
	{944, 0, 0, 927, 3}, /* 862 */
	{944, 0, 1196, 930, 2}, /* 863 */
	{944, 0, 1197, 932, 2}, /* 864 */
	{944, 0, 1198, 934, 2}, /* 865 */
	{944, 0, 1199, 936, 2}, /* 866 */
	{944, 0, 0, 938, 1}, /* 867 */
	{944, 0, 0, 939, 1}, /* 868 */
	{944, 0, 0, 940, 1}, /* 869 */
	{944, 0, 0, 941, 3}, /* 870 */
	{944, 4, 0, 944, 0}, /* 871 */
	{948, 0, 0, 944, 1}, /* 872 */
	{948, 0, 1204, 945, 1}, /* 873 */
	{948, 0, 0, 946, 1}, /* 874 */
	{948, 0, 1205, 947, 0}, /* 875 */
	{948, 2, 0, 947, 2}, /* 876 */
	{950, 2, 0, 949, 1}, /* 877 */
	{952, 0, 0, 950, 1}, /* 878 */
	{952, 0, 0, 951, 1}, /* 879 */
	{952, 0, 0, 952, 3}, /* 880 */
	{952, 1, 0, 955, 0}, /* 881 */
	{953, 2, 0, 955, 0}, /* 882 */
	{955, 1, 0, 955, 0}, /* 883 */
	{956, 0, 0, 955, 1}, /* 884 */
	{956, 2, 0, 956, 1}, /* 885 */
	{958, 0, 1216, 957, 2}, /* 886 */
	{958, 0, 0, 959, 1}, /* 887 */
	{958, 0, 1217, 960, 2}, /* 888 */
	{958, 0, 1218, 962, 2}, /* 889 */
	{958, 0, 0, 964, 1}, /* 890 */
	{958, 0, 0, 965, 1}, /* 891 */
	{958, 0, 0, 966, 1}, /* 892 */
	{958, 0, 0, 967, 1}, /* 893 */
	{958, 0, 0, 968, 1}, /* 894 */
	{958, 0, 0, 969, 1}, /* 895 */
	{958, 0, 1219, 970, 0}, /* 896 */
	{958, 0, 1220, 970, 0}, /* 897 */
	{958, 0, 1221, 970, 2}, /* 898 */
	{958, 1, 0, 972, 3}, /* 899 */
	{959, 0, 0, 975, 1}, /* 900 */
	{959, 0, 1223, 976, 2}, /* 901 */
	{959, 0, 1224, 978, 2}, /* 902 */
	{959, 0, 1225, 980, 2}, /* 903 */
	{959, 2, 0, 982, 2}, /* 904 */
	{961, 0, 0, 984, 1}, /* 905 */
	{961, 0, 0, 985, 1}, /* 906 */
	{961, 0, 0, 986, 1}, /* 907 */
	{961, 0, 0, 987, 1}, /* 908 */
	{961, 0, 0, 988, 1}, /* 909 */
	{961, 0, 0, 989, 1}, /* 910 */
	{961, 0, 0, 990, 1}, /* 911 */
	{961, 0, 0, 991, 1}, /* 912 */
	{961, 0, 0, 992, 1}, /* 913 */
	{961, 0, 0, 993, 1}, /* 914 */
	{961, 0, 0, 994, 1}, /* 915 */
	{961, 0, 0, 995, 1}, /* 916 */
	{961, 0, 0, 996, 1}, /* 917 */
	{961, 0, 0, 997, 1}, /* 918 */
	{961, 0, 0, 998, 1}, /* 919 */
	{961, 0, 0, 999, 1}, /* 920 */
	{961, 2, 0, 1000, 1}, /* 921 */
	{963, 0, 0, 1001, 1}, /* 922 */
	{963, 1, 0, 1002, 3}, /* 923 */
	{964, 0, 1231, 1005, 2}, /* 924 */
	{964, 0, 1232, 1007, 2}, /* 925 */
	{964, 0, 1233, 1009, 2}, /* 926 */
	{964, 0, 1234, 1011, 2}, /* 927 */
	{964, 0, 1235, 1013, 0}, /* 928 */
	{964, 1, 0, 1013, 0}, /* 929 */
	{965, 0, 0, 1013, 1}, /* 930 */
	{965, 0, 0, 1014, 1}, /* 931 */
	{965, 0, 0, 1015, 1}, /* 932 */
	{965, 1, 0, 1016, 1}, /* 933 */
	{966, 0, 0, 1017, 1}, /* 934 */
	{966, 0, 0, 1018, 1}, /* 935 */
	{966, 0, 0, 1019, 1}, /* 936 */
	{966, 4, 0, 1020, 3}, /* 937 */
	{970, 3, 0, 1023, 0}, /* 938 */
	{973, 0, 0, 1023, 1}, /* 939 */
	{973, 7, 0, 1024, 1}, /* 940 */
	{980, 0, 0, 1025, 1}, /* 941 */
	{980, 2, 0, 1026, 3}, /* 942 */
	{982, 2, 1256, 1029, 0}, /* 943 */
	{984, 2, 1259, 1029, 2}, /* 944 */
	{986, 1, 1261, 1031, 2}, /* 945 */
	{987, 1, 1263, 1033, 2}, /* 946 */
	{988, 2, 1266, 1035, 2}, /* 947 */
	{990, 1, 0, 1037, 0}, /* 948 */
	{991, 0, 0, 1037, 1}, /* 949 */
	{991, 2, 0, 1038, 0}, /* 950 */
	{993, 0, 0, 1038, 1}, /* 951 */
	{993, 1, 1271, 1039, 2}, /* 952 */
	{994, 0, 1272, 1041, 2}, /* 953 */
	{994, 0, 0, 1043, 1}, /* 954 */
	{994, 0, 1273, 1044, 1}, /* 955 */
	{994, 0, 0, 1045, 1}, /* 956 */
	{994, 0, 0, 1046, 1}, /* 957 */
	{994, 0, 1274, 1047, 0}, /* 958 */
	{994, 0, 1275, 1047, 1}, /* 959 */
	{994, 0, 1276, 1048, 1}, /* 960 */
	{994, 0, 1277, 1049, 1}, /* 961 */
	{994, 0, 0, 1050, 1}, /* 962 */
	{994, 0, 0, 1051, 1}, /* 963 */
	{994, 0, 1278, 1052, 0}, /* 964 */
	{994, 0, 0, 1052, 1}, /* 965 */
	{994, 2, 0, 1053, 2}, /* 966 */
	{996, 0, 0, 1055, 1}, /* 967 */
	{996, 0, 0, 1056, 1}, /* 968 */
	{996, 1, 0, 1057, 0}, /* 969 */
	{997, 1, 0, 1057, 2}, /* 970 */
	{998, 1, 0, 1059, 0}, /* 971 */
	{999, 0, 0, 1059, 3}, /* 972 */
	{999, 0, 0, 1062, 3}, /* 973 */
	{999, 0, 0, 1065, 3}, /* 974 */
	{999, 0, 0, 1068, 3}, /* 975 */
	{999, 0, 0, 1071, 1}, /* 976 */
	{999, 0, 0, 1072, 2}, /* 977 */
	{999, 0, 0, 1074, 2}, /* 978 */
	{999, 1, 0, 1076, 2}, /* 979 */
	{1000, 0, 0, 1078, 1}, /* 980 */
	{1000, 0, 0, 1079, 1}, /* 981 */
	{1000, 0, 1285, 1080, 1}, /* 982 */
	{1000, 0, 0, 1081, 2}, /* 983 */
	{1000, 0, 0, 1083, 1}, /* 984 */
	{1000, 0, 0, 1084, 1}, /* 985 */
	{1000, 0, 1286, 1085, 0}, /* 986 */
	{1000, 0, 1287, 1085, 1}, /* 987 */
	{1000, 0, 1288, 1086, 1}, /* 988 */
	{1000, 0, 1289, 1087, 1}, /* 989 */
	{1000, 0, 0, 1088, 1}, /* 990 */
	{1000, 0, 0, 1089, 1}, /* 991 */
	{1000, 0, 0, 1090, 1}, /* 992 */
	{1000, 0, 0, 1091, 1}, /* 993 */
	{1000, 0, 0, 1092, 1}, /* 994 */
	{1000, 0, 0, 1093, 1}, /* 995 */
	{1000, 0, 0, 1094, 1}, /* 996 */
	{1000, 0, 0, 1095, 3}, /* 997 */
	{1000, 0, 0, 1098, 2}, /* 998 */
	{1000, 0, 0, 1100, 3}, /* 999 */
	{1000, 0, 0, 1103, 3}, /* 1000 */
	{1000, 0, 0, 1106, 1}, /* 1001 */
	{1000, 0, 0, 1107, 1}, /* 1002 */
	{1000, 0, 0, 1108, 1}, /* 1003 */
	{1000, 0, 0, 1109, 1}, /* 1004 */
	{1000, 0, 0, 1110, 1}, /* 1005 */
	{1000, 0, 0, 1111, 1}, /* 1006 */
	{1000, 3, 0, 1112, 1}, /* 1007 */
	{1003, 0, 0, 1113, 1}, /* 1008 */
	{1003, 0, 0, 1114, 1}, /* 1009 */
	{1003, 0, 0, 1115, 1}, /* 1010 */
	{1003, 0, 0, 1116, 1}, /* 1011 */
	{1003, 0, 0, 1117, 2}, /* 1012 */
	{1003, 0, 0, 1119, 2}, /* 1013 */
	{1003, 0, 0, 1121, 1}, /* 1014 */
	{1003, 0, 0, 1122, 1}, /* 1015 */
	{1003, 0, 0, 1123, 1}, /* 1016 */
	{1003, 0, 0, 1124, 3}, /* 1017 */
	{1003, 0, 1293, 1127, 0}, /* 1018 */
	{1003, 3, 0, 1127, 0}, /* 1019 */
	{1006, 1, 0, 1127, 3}, /* 1020 */
	{1007, 0, 0, 1130, 1}, /* 1021 */
	{1007, 0, 0, 1131, 1}, /* 1022 */
	{1007, 0, 1298, 1132, 0}, /* 1023 */
	{1007, 1, 0, 1132, 0}, /* 1024 */
	{1008, 1, 1301, 1132, 2}, /* 1025 */
	{1009, 0, 0, 1134, 1}, /* 1026 */
	{1009, 0, 0, 1135, 1}, /* 1027 */
	{1009, 0, 0, 1136, 1}, /* 1028 */
	{1009, 0, 0, 1137, 1}, /* 1029 */
	{1009, 0, 0, 1138, 2}, /* 1030 */
	{1009, 0, 0, 1140, 1}, /* 1031 */
	{1009, 0, 0, 1141, 1}, /* 1032 */
	{1009, 0, 0, 1142, 1}, /* 1033 */
	{1009, 0, 0, 1143, 1}, /* 1034 */
	{1009, 0, 0, 1144, 1}, /* 1035 */
	{1009, 0, 0, 1145, 1}, /* 1036 */
	{1009, 0, 0, 1146, 1}, /* 1037 */
	{1009, 0, 0, 1147, 1}, /* 1038 */
	{1009, 0, 0, 1148, 3}, /* 1039 */
	{1009, 1, 0, 1151, 3}, /* 1040 */
	{1010, 0, 0, 1154, 3}, /* 1041 */
	{1010, 0, 1303, 1157, 0}, /* 1042 */
	{1010, 0, 1304, 1157, 0}, /* 1043 */
	{1010, 1, 0, 1157, 4}, /* 1044 */
	{1011, 0, 0, 1161, 3}, /* 1045 */
	{1011, 0, 0, 1164, 2}, /* 1046 */
	{1011, 0, 0, 1166, 1}, /* 1047 */
	{1011, 0, 0, 1167, 3}, /* 1048 */
	{1011, 0, 0, 1170, 1}, /* 1049 */
	{1011, 0, 1306, 1171, 2}, /* 1050 */
	{1011, 0, 1307, 1173, 2}, /* 1051 */
	{1011, 0, 0, 1175, 2}, /* 1052 */
	{1011, 0, 1308, 1177, 2}, /* 1053 */
	{1011, 0, 0, 1179, 2}, /* 1054 */
	{1011, 0, 0, 1181, 2}, /* 1055 */
	{1011, 0, 0, 1183, 1}, /* 1056 */
	{1011, 0, 0, 1184, 1}, /* 1057 */
	{1011, 0, 0, 1185, 1}, /* 1058 */
	{1011, 0, 0, 1186, 3}, /* 1059 */
	{1011, 0, 0, 1189, 1}, /* 1060 */
	{1011, 0, 0, 1190, 2}, /* 1061 */
	{1011, 0, 0, 1192, 1}, /* 1062 */
	{1011, 0, 0, 1193, 1}, /* 1063 */
	{1011, 0, 0, 1194, 1}, /* 1064 */
	{1011, 0, 0, 1195, 1}, /* 1065 */
	{1011, 0, 0, 1196, 3}, /* 1066 */
	{1011, 0, 0, 1199, 2}, /* 1067 */
	{1011, 1, 0, 1201, 1}, /* 1068 */
	{1012, 1, 0, 1202, 3}, /* 1069 */
	{1013, 0, 0, 1205, 1}, /* 1070 */
	{1013, 0, 0, 1206, 1}, /* 1071 */
	{1013, 0, 0, 1207, 1}, /* 1072 */
	{1013, 1, 0, 1208, 1}, /* 1073 */
	{1014, 1, 1313, 1209, 0}, /* 1074 */
	{1015, 0, 0, 1209, 1}, /* 1075 */
	{1015, 0, 0, 1210, 1}, /* 1076 */
	{1015, 0, 0, 1211, 1}, /* 1077 */
	{1015, 4, 0, 1212, 2}, /* 1078 */
	{1019, 0, 0, 1214, 1}, /* 1079 */
	{1019, 0, 0, 1215, 1}, /* 1080 */
	{1019, 0, 0, 1216, 1}, /* 1081 */
	{1019, 0, 0, 1217, 1}, /* 1082 */
	{1019, 1, 1319, 1218, 2}, /* 1083 */
	{1020, 1, 0, 1220, 0}, /* 1084 */
	{1021, 0, 1321, 1220, 0}, /* 1085 */
	{1021, 1, 0, 1220, 0}, /* 1086 */
	{1022, 0, 0, 1220, 1}, /* 1087 */
	{1022, 0, 0, 1221, 1}, /* 1088 */
	{1022, 0, 0, 1222, 1}, /* 1089 */
	{1022, 0, 0, 1223, 1}, /* 1090 */
	{1022, 0, 0, 1224, 1}, /* 1091 */
	{1022, 0, 0, 1225, 2}, /* 1092 */
	{1022, 0, 1323, 1227, 2}, /* 1093 */
	{1022, 0, 1324, 1229, 2}, /* 1094 */
	{1022, 0, 0, 1231, 1}, /* 1095 */
	{1022, 0, 0, 1232, 1}, /* 1096 */
	{1022, 0, 0, 1233, 1}, /* 1097 */
	{1022, 0, 0, 1234, 1}, /* 1098 */
	{1022, 0, 0, 1235, 1}, /* 1099 */
	{1022, 0, 0, 1236, 1}, /* 1100 */
	{1022, 0, 0, 1237, 3}, /* 1101 */
	{1022, 0, 0, 1240, 1}, /* 1102 */
	{1022, 1, 1326, 1241, 2}, /* 1103 */
	{1023, 1, 1328, 1243, 2}, /* 1104 */
	{1024, 1, 1330, 1245, 2}, /* 1105 */
	{1025, 1, 1332, 1247, 2}, /* 1106 */
	{1026, 0, 0, 1249, 1}, /* 1107 */
	{1026, 0, 0, 1250, 3}, /* 1108 */
	{1026, 1, 0, 1253, 0}, /* 1109 */
	{1027, 0, 1334, 1253, 1}, /* 1110 */
	{1027, 0, 0, 1254, 3}, /* 1111 */
	{1027, 0, 0, 1257, 1}, /* 1112 */
	{1027, 1, 0, 1258, 3}, /* 1113 */
	{1028, 0, 0, 1261, 2}, /* 1114 */
	{1028, 0, 0, 1263, 4}, /* 1115 */
	{1028, 0, 0, 1267, 2}, /* 1116 */
	{1028, 0, 0, 1269, 3}, /* 1117 */
	{1028, 0, 0, 1272, 3}, /* 1118 */
	{1028, 0, 0, 1275, 3}, /* 1119 */
	{1028, 0, 0, 1278, 3}, /* 1120 */
	{1028, 0, 0, 1281, 3}, /* 1121 */
	{1028, 0, 0, 1284, 1}, /* 1122 */
	{1028, 0, 0, 1285, 1}, /* 1123 */
	{1028, 0, 0, 1286, 1}, /* 1124 */
	{1028, 0, 0, 1287, 1}, /* 1125 */
	{1028, 0, 0, 1288, 1}, /* 1126 */
	{1028, 0, 0, 1289, 2}, /* 1127 */
	{1028, 0, 0, 1291, 2}, /* 1128 */
	{1028, 0, 0, 1293, 1}, /* 1129 */
	{1028, 0, 0, 1294, 2}, /* 1130 */
	{1028, 0, 1336, 1296, 2}, /* 1131 */
	{1028, 0, 1337, 1298, 2}, /* 1132 */
	{1028, 0, 0, 1300, 2}, /* 1133 */
	{1028, 0, 0, 1302, 1}, /* 1134 */
	{1028, 0, 0, 1303, 1}, /* 1135 */
	{1028, 0, 0, 1304, 1}, /* 1136 */
	{1028, 1, 0, 1305, 1}, /* 1137 */
	{1029, 0, 0, 1306, 2}, /* 1138 */
	{1029, 0, 0, 1308, 2}, /* 1139 */
	{1029, 0, 0, 1310, 1}, /* 1140 */
	{1029, 0, 0, 1311, 2}, /* 1141 */
	{1029, 0, 0, 1313, 1}, /* 1142 */
	{1029, 1, 0, 1314, 0}, /* 1143 */
	{1030, 0, 0, 1314, 2}, /* 1144 */
	{1030, 4, 0, 1316, 0}, /* 1145 */
	{1034, 0, 1344, 1316, 1}, /* 1146 */
	{1034, 0, 0, 1317, 1}, /* 1147 */
	{1034, 0, 1345, 1318, 1}, /* 1148 */
	{1034, 0, 0, 1319, 1}, /* 1149 */
	{1034, 0, 1346, 1320, 0}, /* 1150 */
	{1034, 0, 0, 1320, 1}, /* 1151 */
	{1034, 1, 0, 1321, 1}, /* 1152 */
	{1035, 0, 0, 1322, 1}, /* 1153 */
	{1035, 0, 0, 1323, 1}, /* 1154 */
	{1035, 0, 0, 1324, 1}, /* 1155 */
	{1035, 0, 0, 1325, 1}, /* 1156 */
	{1035, 0, 0, 1326, 2}, /* 1157 */
	{1035, 0, 0, 1328, 1}, /* 1158 */
	{1035, 0, 0, 1329, 1}, /* 1159 */
	{1035, 0, 0, 1330, 1}, /* 1160 */
	{1035, 0, 0, 1331, 1}, /* 1161 */
	{1035, 0, 0, 1332, 1}, /* 1162 */
	{1035, 0, 0, 1333, 1}, /* 1163 */
	{1035, 0, 0, 1334, 1}, /* 1164 */
	{1035, 0, 0, 1335, 1}, /* 1165 */
	{1035, 2, 0, 1336, 3}, /* 1166 */
	{1037, 0, 0, 1339, 1}, /* 1167 */
	{1037, 0, 0, 1340, 1}, /* 1168 */
	{1037, 0, 0, 1341, 2}, /* 1169 */
	{1037, 0, 0, 1343, 3}, /* 1170 */
	{1037, 0, 0, 1346, 1}, /* 1171 */
	{1037, 0, 0, 1347, 3}, /* 1172 */
	{1037, 0, 1350, 1350, 0}, /* 1173 */
	{1037, 0, 1351, 1350, 0}, /* 1174 */
	{1037, 0, 1352, 1350, 2}, /* 1175 */
	{1037, 0, 1353, 1352, 2}, /* 1176 */
	{1037, 0, 0, 1354, 2}, /* 1177 */
	{1037, 0, 0, 1356, 3}, /* 1178 */
	{1037, 1, 0, 1359, 1}, /* 1179 */
	{1038, 0, 0, 1360, 1}, /* 1180 */
	{1038, 0, 0, 1361, 3}, /* 1181 */
	{1038, 0, 0, 1364, 1}, /* 1182 */
	{1038, 0, 0, 1365, 1}, /* 1183 */
	{1038, 0, 0, 1366, 2}, /* 1184 */
	{1038, 1, 0, 1368, 0}, /* 1185 */
	{1039, 3, 0, 1368, 2}, /* 1186 */
	{1042, 0, 0, 1370, 1}, /* 1187 */
	{1042, 0, 0, 1371, 2}, /* 1188 */
	{1042, 0, 0, 1373, 3}, /* 1189 */
	{1042, 0, 0, 1376, 1}, /* 1190 */
	{1042, 1, 0, 1377, 3}, /* 1191 */
	{1043, 0, 0, 1380, 1}, /* 1192 */
	{1043, 1, 0, 1381, 2}, /* 1193 */
	{1044, 0, 0, 1383, 3}, /* 1194 */
	{1044, 0, 0, 1386, 3}, /* 1195 */
	{1044, 0, 0, 1389, 3}, /* 1196 */
	{1044, 1, 0, 1392, 3}, /* 1197 */
	{1045, 0, 0, 1395, 3}, /* 1198 */
	{1045, 1, 0, 1398, 3}, /* 1199 */
	{1046, 0, 0, 1401, 1}, /* 1200 */
	{1046, 0, 0, 1402, 1}, /* 1201 */
	{1046, 0, 0, 1403, 1}, /* 1202 */
	{1046, 0, 0, 1404, 1}, /* 1203 */
	{1046, 0, 0, 1405, 2}, /* 1204 */
	{1046, 3, 0, 1407, 0}, /* 1205 */
	{1049, 0, 0, 1407, 2}, /* 1206 */
	{1049, 0, 0, 1409, 1}, /* 1207 */
	{1049, 0, 0, 1410, 2}, /* 1208 */
	{1049, 0, 0, 1412, 1}, /* 1209 */
	{1049, 3, 0, 1413, 0}, /* 1210 */
	{1052, 1, 1370, 1413, 2}, /* 1211 */
	{1053, 0, 1371, 1415, 2}, /* 1212 */
	{1053, 0, 1372, 1417, 0}, /* 1213 */
	{1053, 0, 0, 1417, 1}, /* 1214 */
	{1053, 0, 0, 1418, 2}, /* 1215 */
	{1053, 0, 0, 1420, 1}, /* 1216 */
	{1053, 1, 0, 1421, 3}, /* 1217 */
	{1054, 1, 0, 1424, 3}, /* 1218 */
	{1055, 0, 0, 1427, 1}, /* 1219 */
	{1055, 0, 0, 1428, 1}, /* 1220 */
	{1055, 0, 0, 1429, 3}, /* 1221 */
	{1055, 1, 0, 1432, 3}, /* 1222 */
	{1056, 0, 0, 1435, 3}, /* 1223 */
	{1056, 0, 0, 1438, 3}, /* 1224 */
	{1056, 0, 0, 1441, 3}, /* 1225 */
	{1056, 0, 0, 1444, 1}, /* 1226 */
	{1056, 0, 1376, 1445, 0}, /* 1227 */
	{1056, 0, 1377, 1445, 2}, /* 1228 */
	{1056, 0, 0, 1447, 1}, /* 1229 */
	{1056, 0, 0, 1448, 2}, /* 1230 */
	{1056, 0, 0, 1450, 3}, /* 1231 */
	{1056, 0, 0, 1453, 3}, /* 1232 */
	{1056, 0, 0, 1456, 3}, /* 1233 */
	{1056, 0, 0, 1459, 1}, /* 1234 */
	{1056, 1, 0, 1460, 0}, /* 1235 */
	{1057, 0, 0, 1460, 1}, /* 1236 */
	{1057, 0, 0, 1461, 1}, /* 1237 */
	{1057, 0, 0, 1462, 1}, /* 1238 */
	{1057, 0, 0, 1463, 1}, /* 1239 */
	{1057, 0, 1379, 1464, 0}, /* 1240 */
	{1057, 0, 0, 1464, 1}, /* 1241 */
	{1057, 0, 0, 1465, 1}, /* 1242 */
	{1057, 0, 0, 1466, 1}, /* 1243 */
	{1057, 0, 0, 1467, 1}, /* 1244 */
	{1057, 0, 0, 1468, 1}, /* 1245 */
	{1057, 0, 0, 1469, 1}, /* 1246 */
	{1057, 0, 0, 1470, 1}, /* 1247 */
	{1057, 0, 0, 1471, 1}, /* 1248 */
	{1057, 0, 0, 1472, 1}, /* 1249 */
	{1057, 0, 0, 1473, 1}, /* 1250 */
	{1057, 0, 0, 1474, 1}, /* 1251 */
	{1057, 0, 1380, 1475, 0}, /* 1252 */
	{1057, 0, 0, 1475, 1}, /* 1253 */
	{1057, 0, 0, 1476, 1}, /* 1254 */
	{1057, 0, 0, 1477, 1}, /* 1255 */
	{1057, 0, 0, 1478, 1}, /* 1256 */
	{1057, 0, 1381, 1479, 1}, /* 1257 */
	{1057, 0, 0, 1480, 1}, /* 1258 */
	{1057, 1, 0, 1481, 3}, /* 1259 */
	{1058, 0, 1383, 1484, 0}, /* 1260 */
	{1058, 0, 0, 1484, 3}, /* 1261 */
	{1058, 0, 0, 1487, 1}, /* 1262 */
	{1058, 0, 0, 1488, 3}, /* 1263 */
	{1058, 1, 0, 1491, 0}, /* 1264 */
	{1059, 0, 0, 1491, 1}, /* 1265 */
	{1059, 3, 0, 1492, 3}, /* 1266 */
	{1062, 0, 0, 1495, 1}, /* 1267 */
	{1062, 0, 0, 1496, 1}, /* 1268 */
	{1062, 0, 0, 1497, 1}, /* 1269 */
	{1062, 0, 0, 1498, 1}, /* 1270 */
	{1062, 0, 0, 1499, 1}, /* 1271 */
	{1062, 0, 0, 1500, 3}, /* 1272 */
	{1062, 0, 0, 1503, 1}, /* 1273 */
	{1062, 0, 0, 1504, 1}, /* 1274 */
	{1062, 0, 0, 1505, 1}, /* 1275 */
	{1062, 0, 0, 1506, 2}, /* 1276 */
	{1062, 0, 0, 1508, 2}, /* 1277 */
	{1062, 0, 0, 1510, 3}, /* 1278 */
	{1062, 0, 0, 1513, 1}, /* 1279 */
	{1062, 0, 0, 1514, 1}, /* 1280 */
	{1062, 0, 0, 1515, 1}, /* 1281 */
	{1062, 0, 0, 1516, 1}, /* 1282 */
	{1062, 0, 1388, 1517, 1}, /* 1283 */
	{1062, 0, 1389, 1518, 1}, /* 1284 */
	{1062, 0, 0, 1519, 1}, /* 1285 */
	{1062, 1, 0, 1520, 0}, /* 1286 */
	{1063, 0, 0, 1520, 3}, /* 1287 */
	{1063, 0, 0, 1523, 3}, /* 1288 */
	{1063, 0, 0, 1526, 3}, /* 1289 */
	{1063, 0, 0, 1529, 1}, /* 1290 */
	{1063, 0, 0, 1530, 1}, /* 1291 */
	{1063, 0, 0, 1531, 1}, /* 1292 */
	{1063, 0, 0, 1532, 3}, /* 1293 */
	{1063, 0, 1391, 1535, 0}, /* 1294 */
	{1063, 0, 0, 1535, 2}, /* 1295 */
	{1063, 0, 0, 1537, 1}, /* 1296 */
	{1063, 0, 1392, 1538, 2}, /* 1297 */
	{1063, 0, 0, 1540, 2}, /* 1298 */
	{1063, 0, 0, 1542, 1}, /* 1299 */
	{1063, 0, 1393, 1543, 1}, /* 1300 */
	{1063, 0, 0, 1544, 3}, /* 1301 */
	{1063, 0, 0, 1547, 3}, /* 1302 */
	{1063, 0, 0, 1550, 1}, /* 1303 */
	{1063, 0, 0, 1551, 1}, /* 1304 */
	{1063, 0, 0, 1552, 3}, /* 1305 */
	{1063, 0, 0, 1555, 2}, /* 1306 */
	{1063, 2, 0, 1557, 3}, /* 1307 */
	{1065, 0, 0, 1560, 2}, /* 1308 */
	{1065, 0, 0, 1562, 1}, /* 1309 */
	{1065, 0, 1396, 1563, 2}, /* 1310 */
	{1065, 0, 0, 1565, 2}, /* 1311 */
	{1065, 0, 0, 1567, 1}, /* 1312 */
	{1065, 2, 0, 1568, 0}, /* 1313 */
	{1067, 1, 0, 1568, 1}, /* 1314 */
	{1068, 1, 0, 1569, 1}, /* 1315 */
	{1069, 0, 0, 1570, 2}, /* 1316 */
	{1069, 0, 0, 1572, 1}, /* 1317 */
	{1069, 0, 0, 1573, 1}, /* 1318 */
	{1069, 7, 0, 1574, 1}, /* 1319 */
	{1076, 0, 0, 1575, 1}, /* 1320 */
	{1076, 1, 0, 1576, 0}, /* 1321 */
	{1077, 0, 0, 1576, 1}, /* 1322 */
	{1077, 0, 0, 1577, 3}, /* 1323 */
	{1077, 0, 0, 1580, 2}, /* 1324 */
	{1077, 0, 0, 1582, 1}, /* 1325 */
	{1077, 0, 0, 1583, 3}, /* 1326 */
	{1077, 0, 0, 1586, 1}, /* 1327 */
	{1077, 0, 0, 1587, 3}, /* 1328 */
	{1077, 0, 0, 1590, 1}, /* 1329 */
	{1077, 0, 0, 1591, 3}, /* 1330 */
	{1077, 0, 0, 1594, 1}, /* 1331 */
	{1077, 0, 0, 1595, 3}, /* 1332 */
	{1077, 0, 0, 1598, 4}, /* 1333 */
	{1077, 0, 0, 1602, 3}, /* 1334 */
	{1077, 0, 0, 1605, 1}, /* 1335 */
	{1077, 0, 0, 1606, 3}, /* 1336 */
	{1077, 0, 0, 1609, 3}, /* 1337 */
	{1077, 0, 0, 1612, 1}, /* 1338 */
	{1077, 0, 1409, 1613, 1}, /* 1339 */
	{1077, 0, 0, 1614, 1}, /* 1340 */
	{1077, 0, 0, 1615, 1}, /* 1341 */
	{1077, 0, 0, 1616, 1}, /* 1342 */
	{1077, 0, 0, 1617, 1}, /* 1343 */
	{1077, 0, 0, 1618, 1}, /* 1344 */
	{1077, 0, 0, 1619, 1}, /* 1345 */
	{1077, 0, 0, 1620, 2}, /* 1346 */
	{1077, 0, 0, 1622, 1}, /* 1347 */
	{1077, 0, 0, 1623, 4}, /* 1348 */
	{1077, 0, 0, 1627, 2}, /* 1349 */
	{1077, 0, 1410, 1629, 0}, /* 1350 */
	{1077, 0, 0, 1629, 1}, /* 1351 */
	{1077, 0, 0, 1630, 3}, /* 1352 */
	{1077, 0, 0, 1633, 3}, /* 1353 */
	{1077, 0, 1411, 1636, 1}, /* 1354 */
	{1077, 0, 1412, 1637, 0}, /* 1355 */
	{1077, 0, 0, 1637, 2}, /* 1356 */
	{1077, 0, 1413, 1639, 2}, /* 1357 */
	{1077, 0, 1414, 1641, 2}, /* 1358 */
	{1077, 0, 1415, 1643, 0}, /* 1359 */
	{1077, 0, 1416, 1643, 0}, /* 1360 */
	{1077, 0, 1417, 1643, 2}, /* 1361 */
	{1077, 0, 1418, 1645, 2}, /* 1362 */
	{1077, 0, 0, 1647, 1}, /* 1363 */
	{1077, 0, 0, 1648, 1}, /* 1364 */
	{1077, 0, 0, 1649, 2}, /* 1365 */
	{1077, 0, 1419, 1651, 2}, /* 1366 */
	{1077, 0, 1420, 1653, 2}, /* 1367 */
	{1077, 0, 1421, 1655, 2}, /* 1368 */
	{1077, 0, 0, 1657, 1}, /* 1369 */
	{1077, 0, 0, 1658, 3}, /* 1370 */
	{1077, 0, 0, 1661, 3}, /* 1371 */
	{1077, 0, 0, 1664, 2}, /* 1372 */
	{1077, 0, 1422, 1666, 1}, /* 1373 */
	{1077, 0, 1423, 1667, 1}, /* 1374 */
	{1077, 0, 0, 1668, 1}, /* 1375 */
	{1077, 0, 0, 1669, 2}, /* 1376 */
	{1077, 0, 0, 1671, 1}, /* 1377 */
	{1077, 0, 0, 1672, 1}, /* 1378 */
	{1077, 0, 0, 1673, 1}, /* 1379 */
	{1077, 0, 0, 1674, 1}, /* 1380 */
	{1077, 0, 0, 1675, 1}, /* 1381 */
	{1077, 0, 0, 1676, 1}, /* 1382 */
	{1077, 0, 0, 1677, 1}, /* 1383 */
	{1077, 0, 0, 1678, 1}, /* 1384 */
	{1077, 0, 0, 1679, 1}, /* 1385 */
	{1077, 0, 0, 1680, 1}, /* 1386 */
	{1077, 0, 0, 1681, 1}, /* 1387 */
	{1077, 0, 0, 1682, 3}, /* 1388 */
	{1077, 0, 0, 1685, 1}, /* 1389 */
	{1077, 0, 1424, 1686, 2}, /* 1390 */
	{1077, 1, 0, 1688, 0}, /* 1391 */
	{1078, 0, 0, 1688, 2}, /* 1392 */
	{1078, 0, 0, 1690, 2}, /* 1393 */
	{1078, 0, 0, 1692, 1}, /* 1394 */
	{1078, 0, 0, 1693, 1}, /* 1395 */
	{1078, 0, 0, 1694, 2}, /* 1396 */
	{1078, 0, 0, 1696, 1}, /* 1397 */
	{1078, 0, 0, 1697, 1}, /* 1398 */
	{1078, 0, 0, 1698, 1}, /* 1399 */
	{1078, 0, 0, 1699, 1}, /* 1400 */
	{1078, 0, 0, 1700, 1}, /* 1401 */
	{1078, 0, 0, 1701, 1}, /* 1402 */
	{1078, 1, 0, 1702, 3}, /* 1403 */
	{1079, 0, 0, 1705, 1}, /* 1404 */
	{1079, 0, 0, 1706, 1}, /* 1405 */
	{1079, 2, 0, 1707, 1}, /* 1406 */
	{1081, 0, 0, 1708, 1}, /* 1407 */
	{1081, 1, 0, 1709, 0}, /* 1408 */
	{1082, 0, 0, 1709, 1}, /* 1409 */
	{1082, 0, 1430, 1710, 0}, /* 1410 */
	{1082, 0, 0, 1710, 3}, /* 1411 */
	{1082, 0, 1431, 1713, 0}, /* 1412 */
	{1082, 0, 0, 1713, 3}, /* 1413 */
	{1082, 0, 0, 1716, 3}, /* 1414 */
	{1082, 0, 0, 1719, 2}, /* 1415 */
	{1082, 0, 0, 1721, 1}, /* 1416 */
	{1082, 0, 0, 1722, 3}, /* 1417 */
	{1082, 0, 0, 1725, 3}, /* 1418 */
	{1082, 0, 0, 1728, 3}, /* 1419 */
	{1082, 0, 0, 1731, 3}, /* 1420 */
	{1082, 0, 0, 1734, 3}, /* 1421 */
	{1082, 1, 0, 1737, 2}, /* 1422 */
	{1083, 1, 0, 1739, 2}, /* 1423 */
	{1084, 0, 0, 1741, 3}, /* 1424 */
	{1084, 0, 0, 1744, 1}, /* 1425 */
	{1084, 0, 0, 1745, 1}, /* 1426 */
	{1084, 0, 0, 1746, 1}, /* 1427 */
	{1084, 0, 0, 1747, 1}, /* 1428 */
	{1084, 0, 0, 1748, 1}, /* 1429 */
	{1084, 0, 0, 1749, 1}, /* 1430 */
	{1084, 0, 0, 1750, 1}, /* 1431 */
	{1084, 0, 1434, 1751, 2}, /* 1432 */
	{1084, 1, 1436, 1753, 2}, /* 1433 */
	{1085, 0, 0, 1755, 1}, /* 1434 */
	{1085, 0, 0, 1756, 1}, /* 1435 */
	{1085, 0, 0, 1757, 1}, /* 1436 */
};

const size_t cp_ep_n_ops = sizeof(cp_ep_ops) / sizeof(cp_ep_ops[0]);
const size_t cp_ep_n_nodes = sizeof(cp_ep_nodes) / sizeof(cp_ep_nodes[0]);
/* clang-format on */
