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
	"/api/v1/api_key\0"
	"/api/v1/application_key\0"
	"/api/v1/check_run\0"
	"/api/v1/daily_custom_reports\0"
	"/api/v1/dashboard\0"
	"/api/v1/distribution_points\0"
	"/api/v1/downtime\0"
	"/api/v1/events\0"
	"/api/v1/hosts\0"
	"/api/v1/metrics\0"
	"/api/v1/monitor\0"
	"/api/v1/monthly_custom_reports\0"
	"/api/v1/notebooks\0"
	"/api/v1/org\0"
	"/api/v1/query\0"
	"/api/v1/search\0"
	"/api/v1/series\0"
	"/api/v1/slo\0"
	"/api/v1/user\0"
	"/api/v1/validate\0"
	"/api/v2/actions-datastores\0"
	"/api/v2/annotation\0"
	"/api/v2/anonymize_users\0"
	"/api/v2/api_keys\0"
	"/api/v2/application_keys\0"
	"/api/v2/authn_mappings\0"
	"/api/v2/cases\0"
	"/api/v2/container_images\0"
	"/api/v2/containers\0"
	"/api/v2/current_user\0"
	"/api/v2/datasets\0"
	"/api/v2/deployment_gates\0"
	"/api/v2/domain_allowlist\0"
	"/api/v2/downtime\0"
	"/api/v2/events\0"
	"/api/v2/feature-flags\0"
	"/api/v2/forms\0"
	"/api/v2/global_orgs\0"
	"/api/v2/hamr\0"
	"/api/v2/identity_providers\0"
	"/api/v2/incidents\0"
	"/api/v2/integrations\0"
	"/api/v2/ip_allowlist\0"
	"/api/v2/logs\0"
	"/api/v2/maintenance_windows\0"
	"/api/v2/metrics\0"
	"/api/v2/network-health-insights\0"
	"/api/v2/org\0"
	"/api/v2/org_authorized_clients\0"
	"/api/v2/org_configs\0"
	"/api/v2/org_connections\0"
	"/api/v2/org_group_memberships\0"
	"/api/v2/org_group_policies\0"
	"/api/v2/org_group_policy_configs\0"
	"/api/v2/org_group_policy_overrides\0"
	"/api/v2/org_group_policy_suggestions\0"
	"/api/v2/org_groups\0"
	"/api/v2/permissions\0"
	"/api/v2/personal_access_tokens\0"
	"/api/v2/powerpacks\0"
	"/api/v2/processes\0"
	"/api/v2/prodlytics\0"
	"/api/v2/roles\0"
	"/api/v2/saml_configurations\0"
	"/api/v2/series\0"
	"/api/v2/service_accounts\0"
	"/api/v2/snapshot\0"
	"/api/v2/sourcemaps\0"
	"/api/v2/statuspages\0"
	"/api/v2/tag_policies\0"
	"/api/v2/team\0"
	"/api/v2/team-hierarchy-links\0"
	"/api/v2/user_authorized_clients\0"
	"/api/v2/user_invitations\0"
	"/api/v2/users\0"
	"/api/v2/validate\0"
	"/api/v2/validate_keys\0"
	"/api/v2/workflows\0"
	"/api/unstable/fleet/schedules\0"
	"/api/unstable/fleet/tracers\0"
	"/api/v1/api_key/{key}\0"
	"/api/v1/application_key/{key}\0"
	"/api/v1/daily_custom_reports/{report_id}\0"
	"/api/v1/dashboard/public\0"
	"/api/v1/dashboard/{dashboard_id}\0"
	"/api/v1/downtime/{downtime_id}\0"
	"/api/v1/events/{event_id}\0"
	"/api/v1/graph/snapshot\0"
	"/api/v1/hosts/totals\0"
	"/api/v1/integration/aws\0"
	"/api/v1/integration/azure\0"
	"/api/v1/integration/gcp\0"
	"/api/v1/logs-queries/list\0"
	"/api/v1/metrics/{metric_name}\0"
	"/api/v1/monitor/can_delete\0"
	"/api/v1/monitor/search\0"
	"/api/v1/monitor/validate\0"
	"/api/v1/monitor/{monitor_id}\0"
	"/api/v1/monthly_custom_reports/{report_id}\0"
	"/api/v1/notebooks/{notebook_id}\0"
	"/api/v1/org/{public_id}\0"
	"/api/v1/slo/bulk_delete\0"
	"/api/v1/slo/can_delete\0"
	"/api/v1/slo/correction\0"
	"/api/v1/slo/search\0"
	"/api/v1/slo/{slo_id}\0"
	"/api/v1/synthetics/locations\0"
	"/api/v1/synthetics/private-locations\0"
	"/api/v1/synthetics/tests\0"
	"/api/v1/synthetics/variables\0"
	"/api/v1/tags/hosts\0"
	"/api/v1/usage/analyzed_logs\0"
	"/api/v1/usage/audit_logs\0"
	"/api/v1/usage/aws_lambda\0"
	"/api/v1/usage/billable-summary\0"
	"/api/v1/usage/ci-app\0"
	"/api/v1/usage/cspm\0"
	"/api/v1/usage/cws\0"
	"/api/v1/usage/dbm\0"
	"/api/v1/usage/fargate\0"
	"/api/v1/usage/hosts\0"
	"/api/v1/usage/hourly-attribution\0"
	"/api/v1/usage/incident-management\0"
	"/api/v1/usage/indexed-spans\0"
	"/api/v1/usage/ingested-spans\0"
	"/api/v1/usage/iot\0"
	"/api/v1/usage/logs\0"
	"/api/v1/usage/logs-by-retention\0"
	"/api/v1/usage/logs_by_index\0"
	"/api/v1/usage/monthly-attribution\0"
	"/api/v1/usage/network_flows\0"
	"/api/v1/usage/network_hosts\0"
	"/api/v1/usage/online-archive\0"
	"/api/v1/usage/profiling\0"
	"/api/v1/usage/rum\0"
	"/api/v1/usage/rum_sessions\0"
	"/api/v1/usage/sds\0"
	"/api/v1/usage/snmp\0"
	"/api/v1/usage/summary\0"
	"/api/v1/usage/synthetics\0"
	"/api/v1/usage/synthetics_api\0"
	"/api/v1/usage/synthetics_browser\0"
	"/api/v1/usage/timeseries\0"
	"/api/v1/usage/top_avg_metrics\0"
	"/api/v1/user/{user_handle}\0"
	"/api/v2/actions/app_key_registrations\0"
	"/api/v2/actions/connections\0"
	"/api/v2/actions/execution-policies\0"
	"/api/v2/actions-datastores/{datastore_id}\0"
	"/api/v2/annotation/{annotation_id}\0"
	"/api/v2/api_keys/{api_key_id}\0"
	"/api/v2/apicatalog/api\0"
	"/api/v2/apicatalog/openapi\0"
	"/api/v2/apm/services\0"
	"/api/v2/app-builder/apps\0"
	"/api/v2/app-builder/blueprints\0"
	"/api/v2/app-builder/tags\0"
	"/api/v2/application_keys/{app_key_id}\0"
	"/api/v2/audit/events\0"
	"/api/v2/authn_mappings/{authn_mapping_id}\0"
	"/api/v2/bits-ai/investigations\0"
	"/api/v2/cases/aggregate\0"
	"/api/v2/cases/bulk\0"
	"/api/v2/cases/count\0"
	"/api/v2/cases/link\0"
	"/api/v2/cases/projects\0"
	"/api/v2/cases/types\0"
	"/api/v2/cases/views\0"
	"/api/v2/cases/{case_id}\0"
	"/api/v2/catalog/entity\0"
	"/api/v2/catalog/kind\0"
	"/api/v2/catalog/relation\0"
	"/api/v2/change-management/change-request\0"
	"/api/v2/ci/pipeline\0"
	"/api/v2/cloud_security_management/custom_frameworks\0"
	"/api/v2/cloud_security_management/resource_filters\0"
	"/api/v2/cloudinventoryservice/syncconfigs\0"
	"/api/v2/compliance_findings/rule_based_view\0"
	"/api/v2/cost/anomalies\0"
	"/api/v2/cost/arbitrary_rule\0"
	"/api/v2/cost/aws_cur_config\0"
	"/api/v2/cost/azure_uc_config\0"
	"/api/v2/cost/budget\0"
	"/api/v2/cost/budgets\0"
	"/api/v2/cost/custom_costs\0"
	"/api/v2/cost/gcp_uc_config\0"
	"/api/v2/cost/oci_config\0"
	"/api/v2/cost/recommendations\0"
	"/api/v2/cost/tag_descriptions\0"
	"/api/v2/cost/tag_keys\0"
	"/api/v2/cost/tag_metadata\0"
	"/api/v2/cost/tags\0"
	"/api/v2/cost_by_tag/active_billing_dimensions\0"
	"/api/v2/cost_by_tag/monthly_cost_attribution\0"
	"/api/v2/current_user/application_keys\0"
	"/api/v2/dashboards/usage\0"
	"/api/v2/datasets/{dataset_id}\0"
	"/api/v2/deletion/requests\0"
	"/api/v2/deployment_gates/{id}\0"
	"/api/v2/dora/deployment\0"
	"/api/v2/dora/deployments\0"
	"/api/v2/dora/failure\0"
	"/api/v2/dora/failures\0"
	"/api/v2/dora/incident\0"
	"/api/v2/downtime/{downtime_id}\0"
	"/api/v2/events/search\0"
	"/api/v2/events/{event_id}\0"
	"/api/v2/feature-flags/environments\0"
	"/api/v2/feature-flags/{feature_flag_id}\0"
	"/api/v2/fleet/agent_versions\0"
	"/api/v2/fleet/agents\0"
	"/api/v2/fleet/deployments\0"
	"/api/v2/fleet/schedules\0"
	"/api/v2/forms/create_and_publish\0"
	"/api/v2/forms/{form_id}\0"
	"/api/v2/governance/config\0"
	"/api/v2/governance/control\0"
	"/api/v2/governance/insights\0"
	"/api/v2/governance/notification_settings\0"
	"/api/v2/identity_providers/{idp_id}\0"
	"/api/v2/incidents/import\0"
	"/api/v2/incidents/search\0"
	"/api/v2/incidents/{incident_id}\0"
	"/api/v2/logs/events\0"
	"/api/v2/maintenance_windows/{maintenance_window_id}\0"
	"/api/v2/metrics/historical-metrics-configurations\0"
	"/api/v2/metrics/tag-indexing-rules\0"
	"/api/v2/model-lab-api/facet-keys\0"
	"/api/v2/model-lab-api/facet-values\0"
	"/api/v2/model-lab-api/project-facet-keys\0"
	"/api/v2/model-lab-api/project-facet-values\0"
	"/api/v2/model-lab-api/projects\0"
	"/api/v2/model-lab-api/runs\0"
	"/api/v2/monitor/notification_rule\0"
	"/api/v2/monitor/policy\0"
	"/api/v2/monitor/template\0"
	"/api/v2/ndm/devices\0"
	"/api/v2/ndm/interfaces\0"
	"/api/v2/oauth2/register\0"
	"/api/v2/obs-pipelines/pipelines\0"
	"/api/v2/on-call/escalation-policies\0"
	"/api/v2/on-call/pages\0"
	"/api/v2/on-call/schedules\0"
	"/api/v2/org/disable\0"
	"/api/v2/org/saml_configurations\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}\0"
	"/api/v2/org_configs/{org_config_name}\0"
	"/api/v2/org_connections/{connection_id}\0"
	"/api/v2/org_group_memberships/bulk\0"
	"/api/v2/org_group_memberships/{org_group_membership_id}\0"
	"/api/v2/org_group_policies/{org_group_policy_id}\0"
	"/api/v2/org_group_policy_overrides/{org_group_policy_override_id}\0"
	"/api/v2/org_groups/{org_group_id}\0"
	"/api/v2/personal_access_tokens/{token_id}\0"
	"/api/v2/posture_management/findings\0"
	"/api/v2/powerpacks/{powerpack_id}\0"
	"/api/v2/product-analytics/sankey\0"
	"/api/v2/pruned_trace/{trace_id}\0"
	"/api/v2/query/scalar\0"
	"/api/v2/query/timeseries\0"
	"/api/v2/reference-tables/tables\0"
	"/api/v2/reference-tables/uploads\0"
	"/api/v2/reporting/print\0"
	"/api/v2/reporting/schedule\0"
	"/api/v2/restriction_policy/{resource_id}\0"
	"/api/v2/roles/templates\0"
	"/api/v2/roles/{role_id}\0"
	"/api/v2/rum/applications\0"
	"/api/v2/rum/config\0"
	"/api/v2/rum/events\0"
	"/api/v2/rum/operations\0"
	"/api/v2/saml_configurations/idp_metadata\0"
	"/api/v2/saml_configurations/{saml_config_uuid}\0"
	"/api/v2/scorecard/campaigns\0"
	"/api/v2/scorecard/outcomes\0"
	"/api/v2/scorecard/rules\0"
	"/api/v2/scorecard/scorecards\0"
	"/api/v2/seats/users\0"
	"/api/v2/security/findings\0"
	"/api/v2/security/sboms\0"
	"/api/v2/security/scanned-assets-metadata\0"
	"/api/v2/security/vulnerabilities\0"
	"/api/v2/security/vulnerable-assets\0"
	"/api/v2/security-entities/risk-scores\0"
	"/api/v2/security_monitoring/datasets\0"
	"/api/v2/security_monitoring/entity_context\0"
	"/api/v2/security_monitoring/rules\0"
	"/api/v2/security_monitoring/signals\0"
	"/api/v2/sensitive-data-scanner/config\0"
	"/api/v2/services/definitions\0"
	"/api/v2/siem-historical-detections/histsignals\0"
	"/api/v2/siem-historical-detections/jobs\0"
	"/api/v2/slo/report\0"
	"/api/v2/sourcemaps/list\0"
	"/api/v2/sourcemaps/restore\0"
	"/api/v2/sourcemaps/service_repository_info\0"
	"/api/v2/spans/events\0"
	"/api/v2/static-analysis/rulesets\0"
	"/api/v2/static-analysis-sca/dependencies\0"
	"/api/v2/statuspages/degradations\0"
	"/api/v2/statuspages/maintenances\0"
	"/api/v2/statuspages/{page_id}\0"
	"/api/v2/stegadography/get-widgets\0"
	"/api/v2/synthetics/downtimes\0"
	"/api/v2/synthetics/suites\0"
	"/api/v2/tag_policies/{policy_id}\0"
	"/api/v2/tags/enrichment\0"
	"/api/v2/team/connections\0"
	"/api/v2/team/sync\0"
	"/api/v2/team/{team_id}\0"
	"/api/v2/team-hierarchy-links/{link_id}\0"
	"/api/v2/trace/{trace_id}\0"
	"/api/v2/usage/application_security\0"
	"/api/v2/usage/billing_dimension_mapping\0"
	"/api/v2/usage/cost_by_org\0"
	"/api/v2/usage/estimated_cost\0"
	"/api/v2/usage/historical_cost\0"
	"/api/v2/usage/hourly_usage\0"
	"/api/v2/usage/lambda_traced_invocations\0"
	"/api/v2/usage/observability_pipelines\0"
	"/api/v2/usage/projected_cost\0"
	"/api/v2/usage/usage-attribution-types\0"
	"/api/v2/user_authorized_clients/{user_authorized_client_id}\0"
	"/api/v2/user_invitations/{user_invitation_uuid}\0"
	"/api/v2/users/{user_id}\0"
	"/api/v2/widgets/{experience_type}\0"
	"/api/v2/workflows/{workflow_id}\0"
	"/api/unstable/fleet/schedules/{id}\0"
	"/api/v1/dashboard/lists/manual\0"
	"/api/v1/dashboard/public/{token}\0"
	"/api/v1/downtime/cancel/by_scope\0"
	"/api/v1/host/{host_name}/mute\0"
	"/api/v1/host/{host_name}/unmute\0"
	"/api/v1/integration/aws/available_namespace_rules\0"
	"/api/v1/integration/aws/event_bridge\0"
	"/api/v1/integration/aws/filtering\0"
	"/api/v1/integration/aws/generate_new_external_id\0"
	"/api/v1/integration/aws/logs\0"
	"/api/v1/integration/azure/host_filters\0"
	"/api/v1/logs/config/index-order\0"
	"/api/v1/logs/config/indexes\0"
	"/api/v1/logs/config/pipeline-order\0"
	"/api/v1/logs/config/pipelines\0"
	"/api/v1/monitor/groups/search\0"
	"/api/v1/monitor/{monitor_id}/downtimes\0"
	"/api/v1/monitor/{monitor_id}/validate\0"
	"/api/v1/org/{public_id}/downgrade\0"
	"/api/v1/org/{public_id}/idp_metadata\0"
	"/api/v1/slo/correction/{slo_correction_id}\0"
	"/api/v1/slo/{slo_id}/corrections\0"
	"/api/v1/slo/{slo_id}/history\0"
	"/api/v1/synthetics/private-locations/{location_id}\0"
	"/api/v1/synthetics/settings/default_locations\0"
	"/api/v1/synthetics/tests/api\0"
	"/api/v1/synthetics/tests/browser\0"
	"/api/v1/synthetics/tests/delete\0"
	"/api/v1/synthetics/tests/mobile\0"
	"/api/v1/synthetics/tests/search\0"
	"/api/v1/synthetics/tests/trigger\0"
	"/api/v1/synthetics/tests/uptimes\0"
	"/api/v1/synthetics/tests/{public_id}\0"
	"/api/v1/synthetics/variables/{variable_id}\0"
	"/api/v1/tags/hosts/{host_name}\0"
	"/api/v2/actions/app_key_registrations/{app_key_id}\0"
	"/api/v2/actions/connections/{connection_id}\0"
	"/api/v2/actions/execution-policies/{policy_id}\0"
	"/api/v2/actions-datastores/{datastore_id}/items\0"
	"/api/v2/agentless_scanning/accounts/aws\0"
	"/api/v2/agentless_scanning/accounts/azure\0"
	"/api/v2/agentless_scanning/accounts/gcp\0"
	"/api/v2/agentless_scanning/ondemand/aws\0"
	"/api/v2/annotation/page/{page_id}\0"
	"/api/v2/apicatalog/api/{id}\0"
	"/api/v2/apm/config/metrics\0"
	"/api/v2/apm/config/retention-filters\0"
	"/api/v2/apm/config/retention-filters-execution-order\0"
	"/api/v2/app-builder/apps/{app_id}\0"
	"/api/v2/app-builder/blueprint/{blueprint_id}\0"
	"/api/v2/audit/events/search\0"
	"/api/v2/bits-ai/investigations/{id}\0"
	"/api/v2/cases/link/{link_id}\0"
	"/api/v2/cases/projects/favorites\0"
	"/api/v2/cases/projects/{project_id}\0"
	"/api/v2/cases/types/custom_attributes\0"
	"/api/v2/cases/types/{case_type_id}\0"
	"/api/v2/cases/views/{view_id}\0"
	"/api/v2/cases/{case_id}/archive\0"
	"/api/v2/cases/{case_id}/assign\0"
	"/api/v2/cases/{case_id}/attributes\0"
	"/api/v2/cases/{case_id}/comment\0"
	"/api/v2/cases/{case_id}/description\0"
	"/api/v2/cases/{case_id}/due_date\0"
	"/api/v2/cases/{case_id}/insights\0"
	"/api/v2/cases/{case_id}/priority\0"
	"/api/v2/cases/{case_id}/resolved_reason\0"
	"/api/v2/cases/{case_id}/status\0"
	"/api/v2/cases/{case_id}/timelines\0"
	"/api/v2/cases/{case_id}/title\0"
	"/api/v2/cases/{case_id}/unarchive\0"
	"/api/v2/cases/{case_id}/unassign\0"
	"/api/v2/cases/{case_id}/watchers\0"
	"/api/v2/catalog/entity/preview\0"
	"/api/v2/catalog/entity/{entity_id}\0"
	"/api/v2/catalog/kind/{kind_id}\0"
	"/api/v2/change-management/change-request/{change_request_id}\0"
	"/api/v2/ci/github/accounts\0"
	"/api/v2/ci/pipelines/events\0"
	"/api/v2/ci/tests/events\0"
	"/api/v2/cloud_auth/aws/persona_mapping\0"
	"/api/v2/cloudinventoryservice/syncconfigs/{id}\0"
	"/api/v2/code-coverage/branch/summary\0"
	"/api/v2/code-coverage/commit/summary\0"
	"/api/v2/cost/account_filters/{cloud_account_id}\0"
	"/api/v2/cost/anomalies/{anomaly_id}\0"
	"/api/v2/cost/arbitrary_rule/reorder\0"
	"/api/v2/cost/arbitrary_rule/status\0"
	"/api/v2/cost/arbitrary_rule/{rule_id}\0"
	"/api/v2/cost/aws_cur_config/{cloud_account_id}\0"
	"/api/v2/cost/azure_uc_config/{cloud_account_id}\0"
	"/api/v2/cost/budget/custom-forecast\0"
	"/api/v2/cost/budget/validate\0"
	"/api/v2/cost/budget/{budget_id}\0"
	"/api/v2/cost/commitments/commitment-list\0"
	"/api/v2/cost/custom_costs/{file_id}\0"
	"/api/v2/cost/gcp_uc_config/{cloud_account_id}\0"
	"/api/v2/cost/tag_descriptions/{tag_key}\0"
	"/api/v2/cost/tag_keys/{tag_key}\0"
	"/api/v2/cost/tag_metadata/currency\0"
	"/api/v2/cost/tag_metadata/metrics\0"
	"/api/v2/cost/tag_metadata/months\0"
	"/api/v2/cost/tag_metadata/orchestrators\0"
	"/api/v2/cost/tag_metadata/tag_sources\0"
	"/api/v2/csm/onboarding/agents\0"
	"/api/v2/csm/ownership/settings\0"
	"/api/v2/csm/ownership/{resource_id}\0"
	"/api/v2/csm/settings/agentless_hosts\0"
	"/api/v2/csm/settings/hosts\0"
	"/api/v2/current_user/application_keys/{app_key_id}\0"
	"/api/v2/dashboard/{dashboard_id}/shared\0"
	"/api/v2/dashboards/{dashboard_id}/usage\0"
	"/api/v2/ddsql/query/tabular\0"
	"/api/v2/deletion/data/{product}\0"
	"/api/v2/deployment_gates/{gate_id}/rules\0"
	"/api/v2/deployments/gates/evaluation\0"
	"/api/v2/dora/deployment/{deployment_id}\0"
	"/api/v2/dora/deployments/{deployment_id}\0"
	"/api/v2/dora/failure/{failure_id}\0"
	"/api/v2/dora/failures/{failure_id}\0"
	"/api/v2/error-tracking/issues/search\0"
	"/api/v2/error-tracking/issues/{issue_id}\0"
	"/api/v2/feature-flags/environments/{environment_id}\0"
	"/api/v2/feature-flags/{feature_flag_id}/archive\0"
	"/api/v2/feature-flags/{feature_flag_id}/unarchive\0"
	"/api/v2/feature-flags/{feature_flag_id}/variants\0"
	"/api/v2/fleet/agents/{agent_key}\0"
	"/api/v2/fleet/deployments/configure\0"
	"/api/v2/fleet/deployments/upgrade\0"
	"/api/v2/fleet/deployments/{deployment_id}\0"
	"/api/v2/fleet/schedules/{id}\0"
	"/api/v2/forms/{form_id}/clone\0"
	"/api/v2/forms/{form_id}/publish\0"
	"/api/v2/forms/{form_id}/versions\0"
	"/api/v2/governance/control/{detection_type}\0"
	"/api/v2/governance/detections/mitigate\0"
	"/api/v2/governance/detections/{detection_id}\0"
	"/api/v2/identity_providers/{idp_id}/users\0"
	"/api/v2/idp/entity_integrations/{integration_id}\0"
	"/api/v2/incidents/config/google-chat-configurations\0"
	"/api/v2/incidents/config/google-meet-configurations\0"
	"/api/v2/incidents/config/impact-fields\0"
	"/api/v2/incidents/config/notification-rules\0"
	"/api/v2/incidents/config/notification-templates\0"
	"/api/v2/incidents/config/postmortem-templates\0"
	"/api/v2/incidents/config/rules\0"
	"/api/v2/incidents/config/types\0"
	"/api/v2/incidents/config/user-defined-fields\0"
	"/api/v2/incidents/config/user-defined-roles\0"
	"/api/v2/incidents/{incident_id}/attachments\0"
	"/api/v2/incidents/{incident_id}/configurations\0"
	"/api/v2/incidents/{incident_id}/impacts\0"
	"/api/v2/incidents/{incident_id}/page\0"
	"/api/v2/incidents/{incident_id}/responders\0"
	"/api/v2/incidents/{incident_id}/servicenow-records\0"
	"/api/v2/incidents/{incident_id}/timestamp-overrides\0"
	"/api/v2/integration/aws/accounts\0"
	"/api/v2/integration/aws/available_namespaces\0"
	"/api/v2/integration/aws/event_bridge\0"
	"/api/v2/integration/aws/generate_new_external_id\0"
	"/api/v2/integration/aws/iam_permissions\0"
	"/api/v2/integration/aws/validate_ccm_config\0"
	"/api/v2/integration/gcp/accounts\0"
	"/api/v2/integration/gcp/sts_delegate\0"
	"/api/v2/integration/google-chat/organizations\0"
	"/api/v2/integration/jira/accounts\0"
	"/api/v2/integration/jira/issue-templates\0"
	"/api/v2/integration/oci/products\0"
	"/api/v2/integration/oci/tenancies\0"
	"/api/v2/integration/opsgenie/accounts\0"
	"/api/v2/integration/opsgenie/services\0"
	"/api/v2/integration/salesforce-incidents/incident-templates\0"
	"/api/v2/integration/salesforce-incidents/organizations\0"
	"/api/v2/integration/servicenow/handles\0"
	"/api/v2/integration/servicenow/instances\0"
	"/api/v2/integration/slack/user-bindings\0"
	"/api/v2/integration/statuspage/account\0"
	"/api/v2/integration/statuspage/url_settings\0"
	"/api/v2/integrations/cloudflare/accounts\0"
	"/api/v2/integrations/confluent-cloud/accounts\0"
	"/api/v2/integrations/fastly/accounts\0"
	"/api/v2/integrations/okta/accounts\0"
	"/api/v2/llm-obs/v1/annotated-interactions\0"
	"/api/v2/llm-obs/v1/annotation-queues\0"
	"/api/v2/llm-obs/v1/experiments\0"
	"/api/v2/llm-obs/v1/projects\0"
	"/api/v2/llm-obs/v1/prompts\0"
	"/api/v2/llm-obs/v1/topic-discovery-clustered-points\0"
	"/api/v2/llm-obs/v1/topic-discovery-configs\0"
	"/api/v2/llm-obs/v1/topic-discovery-runs\0"
	"/api/v2/llm-obs/v1/topic-discovery-topics\0"
	"/api/v2/login/org_configs/max_session_duration\0"
	"/api/v2/logs/analytics/aggregate\0"
	"/api/v2/logs/config/archive-order\0"
	"/api/v2/logs/config/archives\0"
	"/api/v2/logs/config/custom-destinations\0"
	"/api/v2/logs/config/metrics\0"
	"/api/v2/logs/config/restriction_queries\0"
	"/api/v2/logs/events/search\0"
	"/api/v2/metrics/config/bulk-tags\0"
	"/api/v2/metrics/historical-metrics-configurations/{metric_name}\0"
	"/api/v2/metrics/tag-indexing-rules/order\0"
	"/api/v2/metrics/tag-indexing-rules/{id}\0"
	"/api/v2/metrics/{metric_name}/active-configurations\0"
	"/api/v2/metrics/{metric_name}/all-tags\0"
	"/api/v2/metrics/{metric_name}/assets\0"
	"/api/v2/metrics/{metric_name}/estimate\0"
	"/api/v2/metrics/{metric_name}/tag-cardinalities\0"
	"/api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions\0"
	"/api/v2/metrics/{metric_name}/tag-indexing-rules\0"
	"/api/v2/metrics/{metric_name}/tags\0"
	"/api/v2/metrics/{metric_name}/volumes\0"
	"/api/v2/model-lab-api/artifacts/content\0"
	"/api/v2/model-lab-api/projects/{project_id}\0"
	"/api/v2/model-lab-api/runs/{run_id}\0"
	"/api/v2/monitor/notification_rule/{rule_id}\0"
	"/api/v2/monitor/policy/{policy_id}\0"
	"/api/v2/monitor/template/validate\0"
	"/api/v2/monitor/template/{template_id}\0"
	"/api/v2/monitor/{monitor_id}/downtime_matches\0"
	"/api/v2/ndm/devices/{device_id}\0"
	"/api/v2/network/connections/aggregate\0"
	"/api/v2/network/dns/aggregate\0"
	"/api/v2/oauth2/.well-known/sites\0"
	"/api/v2/obs-pipelines/pipelines/validate\0"
	"/api/v2/obs-pipelines/pipelines/{pipeline_id}\0"
	"/api/v2/on-call/escalation-policies/{policy_id}\0"
	"/api/v2/on-call/schedules/{schedule_id}\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients\0"
	"/api/v2/posture_management/findings/{finding_id}\0"
	"/api/v2/product-analytics/accounts/facet_info\0"
	"/api/v2/product-analytics/accounts/query\0"
	"/api/v2/product-analytics/analytics/list\0"
	"/api/v2/product-analytics/analytics/scalar\0"
	"/api/v2/product-analytics/analytics/timeseries\0"
	"/api/v2/product-analytics/journey/funnel\0"
	"/api/v2/product-analytics/journey/list\0"
	"/api/v2/product-analytics/journey/scalar\0"
	"/api/v2/product-analytics/journey/timeseries\0"
	"/api/v2/product-analytics/retention/grid\0"
	"/api/v2/product-analytics/retention/list\0"
	"/api/v2/product-analytics/retention/scalar\0"
	"/api/v2/product-analytics/retention/timeseries\0"
	"/api/v2/product-analytics/users/event_filtered_query\0"
	"/api/v2/product-analytics/users/facet_info\0"
	"/api/v2/product-analytics/users/query\0"
	"/api/v2/product-analytics/{entity}/mapping\0"
	"/api/v2/reference-tables/queries/batch-rows\0"
	"/api/v2/reference-tables/tables/{id}\0"
	"/api/v2/replay/heatmap/snapshots\0"
	"/api/v2/reporting/schedule/list\0"
	"/api/v2/reporting/schedule/{schedule_uuid}\0"
	"/api/v2/roles/{role_id}/clone\0"
	"/api/v2/roles/{role_id}/permissions\0"
	"/api/v2/roles/{role_id}/users\0"
	"/api/v2/rum/analytics/aggregate\0"
	"/api/v2/rum/applications/{id}\0"
	"/api/v2/rum/config/metrics\0"
	"/api/v2/rum/events/search\0"
	"/api/v2/rum/operations/search\0"
	"/api/v2/rum/operations/strong_links\0"
	"/api/v2/rum/operations/{rum_operation_id}\0"
	"/api/v2/rum/replay/playlists\0"
	"/api/v2/scorecard/campaigns/{campaign_id}\0"
	"/api/v2/scorecard/outcomes/batch\0"
	"/api/v2/scorecard/rules/{rule_id}\0"
	"/api/v2/scorecard/scores/{aggregation}\0"
	"/api/v2/security/findings/assignee\0"
	"/api/v2/security/findings/cases\0"
	"/api/v2/security/findings/jira_issues\0"
	"/api/v2/security/findings/linear_issues\0"
	"/api/v2/security/findings/mute\0"
	"/api/v2/security/findings/search\0"
	"/api/v2/security/findings/servicenow_tickets\0"
	"/api/v2/security/sboms/{asset_type}\0"
	"/api/v2/security/siem/ioc-explorer\0"
	"/api/v2/security/signals/notification_rules\0"
	"/api/v2/security/vulnerabilities/notification_rules\0"
	"/api/v2/security-entities/risk-scores/{entity_id}\0"
	"/api/v2/security_monitoring/cloud_workload_security/agent_rules\0"
	"/api/v2/security_monitoring/configuration/critical_assets\0"
	"/api/v2/security_monitoring/configuration/integration_config\0"
	"/api/v2/security_monitoring/configuration/security_filters\0"
	"/api/v2/security_monitoring/configuration/suppressions\0"
	"/api/v2/security_monitoring/content_packs/states\0"
	"/api/v2/security_monitoring/datasets/dependencies\0"
	"/api/v2/security_monitoring/datasets/{dataset_id}\0"
	"/api/v2/security_monitoring/entity_context/{id}\0"
	"/api/v2/security_monitoring/rules/bulk_delete\0"
	"/api/v2/security_monitoring/rules/bulk_export\0"
	"/api/v2/security_monitoring/rules/convert\0"
	"/api/v2/security_monitoring/rules/test\0"
	"/api/v2/security_monitoring/rules/validation\0"
	"/api/v2/security_monitoring/rules/{rule_id}\0"
	"/api/v2/security_monitoring/sample_log_generation/subscriptions\0"
	"/api/v2/security_monitoring/signals/search\0"
	"/api/v2/security_monitoring/signals/{signal_id}\0"
	"/api/v2/sensitive-data-scanner/config/groups\0"
	"/api/v2/sensitive-data-scanner/config/rules\0"
	"/api/v2/sensitive-data-scanner/config/standard-patterns\0"
	"/api/v2/service_accounts/{service_account_id}/access_tokens\0"
	"/api/v2/service_accounts/{service_account_id}/application_keys\0"
	"/api/v2/services/definitions/{service_name}\0"
	"/api/v2/siem-historical-detections/histsignals/search\0"
	"/api/v2/siem-historical-detections/histsignals/{histsignal_id}\0"
	"/api/v2/siem-historical-detections/jobs/signal_convert\0"
	"/api/v2/siem-historical-detections/jobs/{job_id}\0"
	"/api/v2/slo/{slo_id}/status\0"
	"/api/v2/spa/recommendations/{service}\0"
	"/api/v2/spans/analytics/aggregate\0"
	"/api/v2/spans/events/search\0"
	"/api/v2/static-analysis/ai/memory\0"
	"/api/v2/static-analysis/ai/prompts\0"
	"/api/v2/static-analysis/ai/rulesets\0"
	"/api/v2/static-analysis/codegen/rulesets\0"
	"/api/v2/static-analysis/custom/rulesets\0"
	"/api/v2/static-analysis/default-rulesets/{language}\0"
	"/api/v2/static-analysis/rulesets/{ruleset_name}\0"
	"/api/v2/static-analysis/secrets/rules\0"
	"/api/v2/static-analysis/static-analysis-server/analyze\0"
	"/api/v2/static-analysis/static-analysis-server/get-ast\0"
	"/api/v2/static-analysis-sca/dependencies/scan\0"
	"/api/v2/static-analysis-sca/licenses/list\0"
	"/api/v2/static-analysis-sca/vulnerabilities/resolve-vulnerable-symbols\0"
	"/api/v2/statuspages/{page_id}/components\0"
	"/api/v2/statuspages/{page_id}/degradation_templates\0"
	"/api/v2/statuspages/{page_id}/degradations\0"
	"/api/v2/statuspages/{page_id}/maintenance_templates\0"
	"/api/v2/statuspages/{page_id}/maintenances\0"
	"/api/v2/statuspages/{page_id}/publish\0"
	"/api/v2/statuspages/{page_id}/unpublish\0"
	"/api/v2/synthetics/downtimes/{downtime_id}\0"
	"/api/v2/synthetics/settings/on_demand_concurrency_cap\0"
	"/api/v2/synthetics/suites/bulk-delete\0"
	"/api/v2/synthetics/suites/search\0"
	"/api/v2/synthetics/suites/{public_id}\0"
	"/api/v2/synthetics/tests/bulk-delete\0"
	"/api/v2/synthetics/tests/network\0"
	"/api/v2/synthetics/tests/poll_results\0"
	"/api/v2/tag_policies/{policy_id}/score\0"
	"/api/v2/tags/enrichment/reorder\0"
	"/api/v2/tags/enrichment/status\0"
	"/api/v2/tags/enrichment/validate-query\0"
	"/api/v2/tags/enrichment/{ruleset_id}\0"
	"/api/v2/team/{team_id}/links\0"
	"/api/v2/team/{super_team_id}/member_teams\0"
	"/api/v2/team/{team_id}/memberships\0"
	"/api/v2/team/{team_id}/notification-rules\0"
	"/api/v2/team/{team_id}/permission-settings\0"
	"/api/v2/test/flaky-test-management/tests\0"
	"/api/v2/usage/summary/available_fields\0"
	"/api/v2/user_authorized_clients/client/{client_id}\0"
	"/api/v2/users/{user_id}/identity_providers\0"
	"/api/v2/users/{user_id}/invitations\0"
	"/api/v2/users/{user_uuid}/memberships\0"
	"/api/v2/users/{user_id}/orgs\0"
	"/api/v2/users/{user_id}/permissions\0"
	"/api/v2/web-integrations/{integration_name}/accounts\0"
	"/api/v2/widgets/{experience_type}/{uuid}\0"
	"/api/v2/workflows/{workflow_id}/instances\0"
	"/api/unstable/fleet/agents/{agent_key}/tracers\0"
	"/api/unstable/fleet/schedules/{id}/trigger\0"
	"/api/unstable/llm-obs/config/evaluators/custom\0"
	"/api/v1/dashboard/lists/manual/{list_id}\0"
	"/api/v1/dashboard/public/{token}/invitation\0"
	"/api/v1/integration/aws/logs/check_async\0"
	"/api/v1/integration/aws/logs/services\0"
	"/api/v1/integration/aws/logs/services_async\0"
	"/api/v1/integration/pagerduty/configuration/services\0"
	"/api/v1/integration/webhooks/configuration/custom-variables\0"
	"/api/v1/integration/webhooks/configuration/webhooks\0"
	"/api/v1/logs/config/indexes/{name}\0"
	"/api/v1/logs/config/pipelines/{pipeline_id}\0"
	"/api/v1/security_analytics/signals/{signal_id}/add_to_incident\0"
	"/api/v1/security_analytics/signals/{signal_id}/assignee\0"
	"/api/v1/security_analytics/signals/{signal_id}/state\0"
	"/api/v1/synthetics/ci/batch/{batch_id}\0"
	"/api/v1/synthetics/tests/api/{public_id}\0"
	"/api/v1/synthetics/tests/browser/{public_id}\0"
	"/api/v1/synthetics/tests/mobile/{public_id}\0"
	"/api/v1/synthetics/tests/trigger/ci\0"
	"/api/v1/synthetics/tests/{public_id}/results\0"
	"/api/v1/synthetics/tests/{public_id}/status\0"
	"/api/v2/actions-datastores/{datastore_id}/items/bulk\0"
	"/api/v2/agentless_scanning/accounts/aws/{account_id}\0"
	"/api/v2/agentless_scanning/accounts/azure/{subscription_id}\0"
	"/api/v2/agentless_scanning/accounts/gcp/{project_id}\0"
	"/api/v2/agentless_scanning/ondemand/aws/{task_id}\0"
	"/api/v2/apicatalog/api/{id}/openapi\0"
	"/api/v2/apm/config/metrics/{metric_id}\0"
	"/api/v2/apm/config/retention-filters/{filter_id}\0"
	"/api/v2/app-builder/apps/{app_id}/deployment\0"
	"/api/v2/app-builder/apps/{app_id}/favorite\0"
	"/api/v2/app-builder/apps/{app_id}/protection-level\0"
	"/api/v2/app-builder/apps/{app_id}/publish-request\0"
	"/api/v2/app-builder/apps/{app_id}/revert\0"
	"/api/v2/app-builder/apps/{app_id}/self-service\0"
	"/api/v2/app-builder/apps/{app_id}/tags\0"
	"/api/v2/app-builder/apps/{app_id}/version-name\0"
	"/api/v2/app-builder/apps/{app_id}/versions\0"
	"/api/v2/app-builder/blueprints/integration-id/{integration_id}\0"
	"/api/v2/app-builder/blueprints/slugs/{slugs}\0"
	"/api/v2/cases/projects/{project_id}/favorites\0"
	"/api/v2/cases/projects/{project_id}/notification_rules\0"
	"/api/v2/cases/projects/{project_id}/rules\0"
	"/api/v2/cases/types/{case_type_id}/custom_attributes\0"
	"/api/v2/cases/{case_id}/comment/{cell_id}\0"
	"/api/v2/cases/{case_id}/custom_attributes/{custom_attribute_key}\0"
	"/api/v2/cases/{case_id}/relationships/incidents\0"
	"/api/v2/cases/{case_id}/relationships/jira_issues\0"
	"/api/v2/cases/{case_id}/relationships/notebook\0"
	"/api/v2/cases/{case_id}/relationships/project\0"
	"/api/v2/cases/{case_id}/relationships/servicenow_tickets\0"
	"/api/v2/cases/{case_id}/watchers/{user_uuid}\0"
	"/api/v2/change-management/change-request/{change_request_id}/branch\0"
	"/api/v2/ci/pipelines/analytics/aggregate\0"
	"/api/v2/ci/pipelines/events/search\0"
	"/api/v2/ci/test-optimization/settings/policies\0"
	"/api/v2/ci/test-optimization/settings/service\0"
	"/api/v2/ci/tests/analytics/aggregate\0"
	"/api/v2/ci/tests/events/search\0"
	"/api/v2/cloud_auth/aws/persona_mapping/{persona_mapping_id}\0"
	"/api/v2/cloud_security_management/custom_frameworks/{handle}/{version}\0"
	"/api/v2/cost/budget/csv/validate\0"
	"/api/v2/cost/budget/{budget_id}/custom-forecast\0"
	"/api/v2/cost/commitments/coverage/scalar\0"
	"/api/v2/cost/commitments/coverage/timeseries\0"
	"/api/v2/cost/commitments/on-demand-hot-spots/scalar\0"
	"/api/v2/cost/commitments/savings/scalar\0"
	"/api/v2/cost/commitments/savings/timeseries\0"
	"/api/v2/cost/commitments/utilization/scalar\0"
	"/api/v2/cost/commitments/utilization/timeseries\0"
	"/api/v2/cost/tag_descriptions/{tag_key}/generate\0"
	"/api/v2/csm/onboarding/coverage_analysis/cloud_accounts\0"
	"/api/v2/csm/onboarding/coverage_analysis/hosts_and_containers\0"
	"/api/v2/csm/onboarding/coverage_analysis/serverless\0"
	"/api/v2/csm/onboarding/serverless/agents\0"
	"/api/v2/csm/ownership/settings/untagged\0"
	"/api/v2/csm/ownership/{resource_id}/history\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}\0"
	"/api/v2/csm/settings/agentless_hosts/facet_info\0"
	"/api/v2/csm/settings/agentless_hosts/facets\0"
	"/api/v2/csm/settings/hosts/facet_info\0"
	"/api/v2/csm/settings/hosts/facets\0"
	"/api/v2/dashboard/{dashboard_id}/shared/secure-embed\0"
	"/api/v2/data-observability/monitors/{monitor_id}/run\0"
	"/api/v2/ddsql/query/tabular/fetch\0"
	"/api/v2/deletion/requests/{id}/cancel\0"
	"/api/v2/deployment_gates/{gate_id}/rules/{id}\0"
	"/api/v2/deployments/gates/evaluation/{id}\0"
	"/api/v2/error-tracking/issues/{issue_id}/assignee\0"
	"/api/v2/error-tracking/issues/{issue_id}/state\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/pause\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/resume\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/start\0"
	"/api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/stop\0"
	"/api/v2/feature-flags/{feature_flag_id}/variants/{variant_id}\0"
	"/api/v2/fleet/deployments/{deployment_id}/cancel\0"
	"/api/v2/forms/{form_id}/versions/upsert_and_publish\0"
	"/api/v2/governance/control/{detection_type}/detections\0"
	"/api/v2/governance/control/{detection_type}/notification_settings\0"
	"/api/v2/incidents/config/global/incident-handles\0"
	"/api/v2/incidents/config/global/settings\0"
	"/api/v2/incidents/config/google-chat-configurations/{id}\0"
	"/api/v2/incidents/config/google-meet-configurations/{id}\0"
	"/api/v2/incidents/config/impact-fields/{field_id}\0"
	"/api/v2/incidents/config/notification-rules/{id}\0"
	"/api/v2/incidents/config/notification-templates/{id}\0"
	"/api/v2/incidents/config/postmortem-templates/{template_id}\0"
	"/api/v2/incidents/config/rules/{rule_id}\0"
	"/api/v2/incidents/config/types/org-settings\0"
	"/api/v2/incidents/config/types/{incident_type_id}\0"
	"/api/v2/incidents/config/user-defined-fields/{field_id}\0"
	"/api/v2/incidents/config/user-defined-roles/{role_id}\0"
	"/api/v2/incidents/{incident_id}/ai/postmortem\0"
	"/api/v2/incidents/{incident_id}/attachments/postmortems\0"
	"/api/v2/incidents/{incident_id}/attachments/{attachment_id}\0"
	"/api/v2/incidents/{incident_id}/cases/page\0"
	"/api/v2/incidents/{incident_id}/impacts/{impact_id}\0"
	"/api/v2/incidents/{incident_id}/pages/link\0"
	"/api/v2/incidents/{incident_id}/relationships/integrations\0"
	"/api/v2/incidents/{incident_id}/relationships/todos\0"
	"/api/v2/incidents/{incident_id}/responders/{responder_id}\0"
	"/api/v2/incidents/{incident_id}/timestamp-overrides/{id}\0"
	"/api/v2/integration/aws/accounts/{aws_account_config_id}\0"
	"/api/v2/integration/aws/iam_permissions/resource_collection\0"
	"/api/v2/integration/aws/iam_permissions/standard\0"
	"/api/v2/integration/aws/logs/services\0"
	"/api/v2/integration/gcp/accounts/{account_id}\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}\0"
	"/api/v2/integration/jira/accounts/{account_id}\0"
	"/api/v2/integration/jira/issue-templates/{issue_template_id}\0"
	"/api/v2/integration/ms-teams/configuration/tenant-based-handles\0"
	"/api/v2/integration/ms-teams/configuration/workflows-webhook-handles\0"
	"/api/v2/integration/oci/tenancies/{tenancy_ocid}\0"
	"/api/v2/integration/opsgenie/accounts/{account_id}\0"
	"/api/v2/integration/opsgenie/services/{integration_service_id}\0"
	"/api/v2/integration/salesforce-incidents/incident-templates/{incident_template_id}\0"
	"/api/v2/integration/salesforce-incidents/organizations/{salesforce_org_id}\0"
	"/api/v2/integration/servicenow/assignment_groups/{instance_id}\0"
	"/api/v2/integration/servicenow/business_services/{instance_id}\0"
	"/api/v2/integration/servicenow/handles/{template_id}\0"
	"/api/v2/integration/servicenow/users/{instance_id}\0"
	"/api/v2/integration/statuspage/url_settings/{statuspage_url_setting_id}\0"
	"/api/v2/integration/webhooks/configuration/auth-method\0"
	"/api/v2/integrations/cloudflare/accounts/{account_id}\0"
	"/api/v2/integrations/confluent-cloud/accounts/{account_id}\0"
	"/api/v2/integrations/fastly/accounts/{account_id}\0"
	"/api/v2/integrations/okta/accounts/{account_id}\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}\0"
	"/api/v2/llm-obs/v1/experimentation/analytics\0"
	"/api/v2/llm-obs/v1/experimentation/search\0"
	"/api/v2/llm-obs/v1/experimentation/simple-search\0"
	"/api/v2/llm-obs/v1/experiments/delete\0"
	"/api/v2/llm-obs/v1/experiments/{experiment_id}\0"
	"/api/v2/llm-obs/v1/projects/delete\0"
	"/api/v2/llm-obs/v1/projects/{project_id}\0"
	"/api/v2/llm-obs/v1/prompts/{prompt_id}\0"
	"/api/v2/llm-obs/v1/spans/events\0"
	"/api/v2/llm-obs/v1/topic-discovery-configs/latest\0"
	"/api/v2/llm-obs/v1/topic-discovery-configs/{config_id}\0"
	"/api/v2/llm-obs/v1/topic-discovery-runs/status\0"
	"/api/v2/llm-obs/v1/topic-discovery-topics/with-cluster-points\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets\0"
	"/api/v2/logs/config/archives/{archive_id}\0"
	"/api/v2/logs/config/custom-destinations/{custom_destination_id}\0"
	"/api/v2/logs/config/metrics/{metric_id}\0"
	"/api/v2/logs/config/restriction_queries/{restriction_query_id}\0"
	"/api/v2/model-lab-api/projects/{project_id}/artifacts\0"
	"/api/v2/model-lab-api/projects/{project_id}/star\0"
	"/api/v2/model-lab-api/runs/{run_id}/artifacts\0"
	"/api/v2/model-lab-api/runs/{run_id}/pin\0"
	"/api/v2/monitor/template/{template_id}/validate\0"
	"/api/v2/ndm/tags/devices/{device_id}\0"
	"/api/v2/ndm/tags/interfaces/{interface_id}\0"
	"/api/v2/oauth2/clients/{client_uuid}/scopes_restriction\0"
	"/api/v2/on-call/pages/{page_id}/acknowledge\0"
	"/api/v2/on-call/pages/{page_id}/escalate\0"
	"/api/v2/on-call/pages/{page_id}/resolve\0"
	"/api/v2/on-call/schedules/{schedule_id}/on-call\0"
	"/api/v2/on-call/schedules/{schedule_id}/responders\0"
	"/api/v2/on-call/teams/{team_id}/on-call\0"
	"/api/v2/on-call/teams/{team_id}/routing-rules\0"
	"/api/v2/on-call/users/{user_id}/notification-channels\0"
	"/api/v2/on-call/users/{user_id}/notification-rules\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}/user/{user_id}\0"
	"/api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients/{user_authorized_client_id}\0"
	"/api/v2/product-analytics/{entity}/mapping/connection\0"
	"/api/v2/product-analytics/{entity}/mapping/connections\0"
	"/api/v2/reference-tables/tables/{id}/rows\0"
	"/api/v2/remote_config/products/cws/agent_rules\0"
	"/api/v2/remote_config/products/cws/policy\0"
	"/api/v2/replay/heatmap/snapshots/{snapshot_id}\0"
	"/api/v2/reporting/dataset/{dataset_id}/schedules\0"
	"/api/v2/reporting/schedule/{schedule_uuid}/toggle\0"
	"/api/v2/reporting/schedule/{resource_type}/{resource_id}\0"
	"/api/v2/rum/applications/{app_id}/retention_filters\0"
	"/api/v2/rum/config/metrics/{metric_id}\0"
	"/api/v2/rum/operations/by-name/{name}\0"
	"/api/v2/rum/query/insight/aggregated_long_tasks\0"
	"/api/v2/rum/query/insight/aggregated_signals_problems\0"
	"/api/v2/rum/query/insight/aggregated_waterfall\0"
	"/api/v2/rum/replay/playlists/{playlist_id}\0"
	"/api/v2/rum/replay/viewership-history/sessions\0"
	"/api/v2/security/asm/services/{service_filter}\0"
	"/api/v2/security/cloud_workload/policy/download\0"
	"/api/v2/security/findings/automation/due_date_rules\0"
	"/api/v2/security/findings/automation/mute_rules\0"
	"/api/v2/security/findings/automation/severity_modifier_rules\0"
	"/api/v2/security/findings/automation/ticket_creation_rules\0"
	"/api/v2/security/findings/cases/{case_id}\0"
	"/api/v2/security/siem/ioc-explorer/indicator\0"
	"/api/v2/security/siem/ioc-explorer/triage\0"
	"/api/v2/security/signals/notification_rules/{id}\0"
	"/api/v2/security/vulnerabilities/notification_rules/{id}\0"
	"/api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id}\0"
	"/api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id}\0"
	"/api/v2/security_monitoring/configuration/integration_config/validate\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_config_id}\0"
	"/api/v2/security_monitoring/configuration/notification_rules/send_notification_preview\0"
	"/api/v2/security_monitoring/configuration/security_filters/versions\0"
	"/api/v2/security_monitoring/configuration/security_filters/{security_filter_id}\0"
	"/api/v2/security_monitoring/configuration/suppressions/rules\0"
	"/api/v2/security_monitoring/configuration/suppressions/validation\0"
	"/api/v2/security_monitoring/configuration/suppressions/{suppression_id}\0"
	"/api/v2/security_monitoring/content_packs/{content_pack_id}/activate\0"
	"/api/v2/security_monitoring/content_packs/{content_pack_id}/deactivate\0"
	"/api/v2/security_monitoring/datasets/{dataset_id}/version_history\0"
	"/api/v2/security_monitoring/rules/convert/bulk\0"
	"/api/v2/security_monitoring/rules/{rule_id}/convert\0"
	"/api/v2/security_monitoring/rules/{rule_id}/test\0"
	"/api/v2/security_monitoring/rules/{rule_id}/version_history\0"
	"/api/v2/security_monitoring/sample_log_generation/subscriptions/bulk\0"
	"/api/v2/security_monitoring/sample_log_generation/subscriptions/{content_pack_id}\0"
	"/api/v2/security_monitoring/signals/bulk/assignee\0"
	"/api/v2/security_monitoring/signals/bulk/state\0"
	"/api/v2/security_monitoring/signals/bulk/update\0"
	"/api/v2/security_monitoring/signals/{signal_id}/assignee\0"
	"/api/v2/security_monitoring/signals/{signal_id}/entities\0"
	"/api/v2/security_monitoring/signals/{signal_id}/incidents\0"
	"/api/v2/security_monitoring/signals/{signal_id}/investigation_queries\0"
	"/api/v2/security_monitoring/signals/{signal_id}/state\0"
	"/api/v2/security_monitoring/signals/{signal_id}/suggested_actions\0"
	"/api/v2/security_monitoring/signals/{signal_id}/update\0"
	"/api/v2/security_monitoring/terraform/{resource_type}/bulk\0"
	"/api/v2/security_monitoring/terraform/{resource_type}/convert\0"
	"/api/v2/security_monitoring/terraform/{resource_type}/{resource_id}\0"
	"/api/v2/sensitive-data-scanner/config/groups/{group_id}\0"
	"/api/v2/sensitive-data-scanner/config/rules/{rule_id}\0"
	"/api/v2/service_accounts/{service_account_id}/access_tokens/{token_id}\0"
	"/api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id}\0"
	"/api/v2/siem-historical-detections/jobs/{job_id}/cancel\0"
	"/api/v2/siem-historical-detections/jobs/{job_id}/histsignals\0"
	"/api/v2/slo/report/{report_id}/download\0"
	"/api/v2/slo/report/{report_id}/status\0"
	"/api/v2/spa/recommendations/{service}/{shard}\0"
	"/api/v2/static-analysis/ai/memory/{id}\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}\0"
	"/api/v2/static-analysis/static-analysis-server/node-types/{language}\0"
	"/api/v2/static-analysis/static-analysis-server/tree-sitter-wasm/{file}\0"
	"/api/v2/static-analysis-sca/dependencies/scan/{job_id}\0"
	"/api/v2/statuspages/{page_id}/components/{component_id}\0"
	"/api/v2/statuspages/{page_id}/degradation_templates/{template_id}\0"
	"/api/v2/statuspages/{page_id}/degradations/backfill\0"
	"/api/v2/statuspages/{page_id}/degradations/{degradation_id}\0"
	"/api/v2/statuspages/{page_id}/maintenance_templates/{template_id}\0"
	"/api/v2/statuspages/{page_id}/maintenances/backfill\0"
	"/api/v2/statuspages/{page_id}/maintenances/{maintenance_id}\0"
	"/api/v2/synthetics/api-multistep/subtests/{public_id}\0"
	"/api/v2/synthetics/suites/{public_id}/jsonpatch\0"
	"/api/v2/synthetics/tests/fast/{id}\0"
	"/api/v2/synthetics/tests/network/{public_id}\0"
	"/api/v2/synthetics/tests/{public_id}/parent-suites\0"
	"/api/v2/synthetics/tests/{public_id}/results\0"
	"/api/v2/synthetics/tests/{public_id}/version_history\0"
	"/api/v2/synthetics/variables/{variable_id}/jsonpatch\0"
	"/api/v2/team/{team_id}/links/{link_id}\0"
	"/api/v2/team/{super_team_id}/member_teams/{member_team_id}\0"
	"/api/v2/team/{team_id}/memberships/{user_id}\0"
	"/api/v2/team/{team_id}/notification-rules/{rule_id}\0"
	"/api/v2/team/{team_id}/permission-settings/{action}\0"
	"/api/v2/users/{user_id}/relationships/identity_providers\0"
	"/api/v2/web-integrations/{integration_name}/accounts/{account_id}\0"
	"/api/v2/workflows/{workflow_id}/instances/{instance_id}\0"
	"/api/unstable/llm-obs/config/evaluators/custom/{eval_name}\0"
	"/api/v1/integration/pagerduty/configuration/services/{service_name}\0"
	"/api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name}\0"
	"/api/v1/integration/webhooks/configuration/webhooks/{webhook_name}\0"
	"/api/v1/synthetics/tests/browser/{public_id}/results\0"
	"/api/v1/synthetics/tests/{public_id}/results/{result_id}\0"
	"/api/v2/cases/projects/{project_id}/notification_rules/{notification_rule_id}\0"
	"/api/v2/cases/projects/{project_id}/rules/{rule_id}\0"
	"/api/v2/cases/types/{case_type_id}/custom_attributes/{custom_attribute_id}\0"
	"/api/v2/change-management/change-request/{change_request_id}/decisions/{decision_id}\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}/evidence\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}/feedback\0"
	"/api/v2/csm/ownership/{resource_id}/{owner_type}/history\0"
	"/api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards\0"
	"/api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token}\0"
	"/api/v2/data-observability/monitors/runs/{run_id}/status\0"
	"/api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/allocations\0"
	"/api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/disable\0"
	"/api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/enable\0"
	"/api/v2/incidents/config/types/{incident_type_id}/org-settings\0"
	"/api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}\0"
	"/api/v2/incidents/{incident_id}/relationships/todos/{todo_id}\0"
	"/api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config\0"
	"/api/v2/integration/aws/accounts/{aws_account_config_id}/metric_name_filter_preview\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/delegated-user\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences\0"
	"/api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id}\0"
	"/api/v2/integration/ms-teams/configuration/user-binding/{tenant_id}\0"
	"/api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id}\0"
	"/api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials\0"
	"/api/v2/integrations/confluent-cloud/accounts/{account_id}/resources\0"
	"/api/v2/integrations/fastly/accounts/{account_id}/services\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotated-interactions\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/label-schema\0"
	"/api/v2/llm-obs/v1/experiments/{experiment_id}/events\0"
	"/api/v2/llm-obs/v1/integrations/{integration}/accounts\0"
	"/api/v2/llm-obs/v1/prompts/{prompt_id}/versions\0"
	"/api/v2/llm-obs/v1/spans/events/search\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/delete\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}\0"
	"/api/v2/llm-obs/v2/experiments/{experiment_id}/events\0"
	"/api/v2/llm-obs/v3/experiments/{experiment_id}/events\0"
	"/api/v2/logs/config/archives/{archive_id}/readers\0"
	"/api/v2/logs/config/restriction_queries/role/{role_id}\0"
	"/api/v2/logs/config/restriction_queries/user/{user_id}\0"
	"/api/v2/logs/config/restriction_queries/{restriction_query_id}/roles\0"
	"/api/v2/on-call/users/{user_id}/notification-channels/{channel_id}\0"
	"/api/v2/on-call/users/{user_id}/notification-rules/{rule_id}\0"
	"/api/v2/product-analytics/{entity}/mapping/connection/{id}\0"
	"/api/v2/reference-tables/tables/{id}/rows/list\0"
	"/api/v2/remote_config/products/asm/waf/custom_rules\0"
	"/api/v2/remote_config/products/asm/waf/exclusion_filters\0"
	"/api/v2/remote_config/products/asm/waf/policies\0"
	"/api/v2/remote_config/products/cws/agent_rules/{agent_rule_id}\0"
	"/api/v2/remote_config/products/cws/policy/download\0"
	"/api/v2/remote_config/products/cws/policy/{policy_id}\0"
	"/api/v2/remote_config/products/rum/configs/{config_id}\0"
	"/api/v2/rum/applications/{app_id}/relationships/retention_filters\0"
	"/api/v2/rum/applications/{app_id}/retention_filters/permanent\0"
	"/api/v2/rum/applications/{app_id}/retention_filters/{rf_id}\0"
	"/api/v2/rum/config/retention-quota/{scope_type}/{scope_id}\0"
	"/api/v2/rum/operations/strong_links/{rum_operation_id}/{feature_id}\0"
	"/api/v2/rum/replay/playlists/{playlist_id}/sessions\0"
	"/api/v2/rum/replay/sessions/{session_id}/watchers\0"
	"/api/v2/rum/replay/sessions/{session_id}/watches\0"
	"/api/v2/security/findings/automation/due_date_rules/reorder\0"
	"/api/v2/security/findings/automation/due_date_rules/{rule_id}\0"
	"/api/v2/security/findings/automation/mute_rules/reorder\0"
	"/api/v2/security/findings/automation/mute_rules/{rule_id}\0"
	"/api/v2/security/findings/automation/severity_modifier_rules/reorder\0"
	"/api/v2/security/findings/automation/severity_modifier_rules/{rule_id}\0"
	"/api/v2/security/findings/automation/ticket_creation_rules/reorder\0"
	"/api/v2/security/findings/automation/ticket_creation_rules/{rule_id}\0"
	"/api/v2/security_monitoring/configuration/critical_assets/rules/{rule_id}\0"
	"/api/v2/security_monitoring/configuration/integration_config/entra_id/azure_app_registrations\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_type}/activate\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_type}/deactivate\0"
	"/api/v2/security_monitoring/configuration/integration_config/{integration_config_id}/validate\0"
	"/api/v2/security_monitoring/configuration/suppressions/rules/{rule_id}\0"
	"/api/v2/security_monitoring/configuration/suppressions/{suppression_id}/version_history\0"
	"/api/v2/security_monitoring/datasets/{dataset_id}/version/{version}\0"
	"/api/v2/security_monitoring/rules/{rule_id}/restore/{version}\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules\0"
	"/api/v2/synthetics/api-multistep/subtests/{public_id}/parents\0"
	"/api/v2/synthetics/downtimes/{downtime_id}/tests/{test_id}\0"
	"/api/v2/synthetics/tests/browser/{public_id}/results\0"
	"/api/v2/synthetics/tests/{public_id}/files/download\0"
	"/api/v2/synthetics/tests/{public_id}/files/multipart-presigned-urls\0"
	"/api/v2/synthetics/tests/{public_id}/files/multipart-upload-abort\0"
	"/api/v2/synthetics/tests/{public_id}/files/multipart-upload-complete\0"
	"/api/v2/synthetics/tests/{public_id}/results/{result_id}\0"
	"/api/v2/synthetics/tests/{public_id}/version_history/{version_number}\0"
	"/api/v2/workflows/{workflow_id}/instances/{instance_id}/cancel\0"
	"/api/v1/integration/slack/configuration/accounts/{account_name}/channels\0"
	"/api/v1/synthetics/tests/browser/{public_id}/results/{result_id}\0"
	"/api/v2/cases/projects/{project_id}/rules/{rule_id}/disable\0"
	"/api/v2/cases/projects/{project_id}/rules/{rule_id}/enable\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id}\0"
	"/api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id}\0"
	"/api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id}\0"
	"/api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id}\0"
	"/api/v2/integrations/fastly/accounts/{account_id}/services/{service_id}\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations/delete\0"
	"/api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions/delete\0"
	"/api/v2/llm-obs/v1/integrations/{integration}/{account_id}/inference\0"
	"/api/v2/llm-obs/v1/integrations/{integration}/{account_id}/models\0"
	"/api/v2/llm-obs/v1/prompts/{prompt_id}/versions/{version}\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/batch_update\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/clone\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/export\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/restore\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/versions\0"
	"/api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id}\0"
	"/api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id}\0"
	"/api/v2/remote_config/products/asm/waf/policies/{policy_id}\0"
	"/api/v2/rum/applications/{app_id}/retention_filters/permanent/{permanent_rf_id}\0"
	"/api/v2/rum/replay/playlists/{playlist_id}/sessions/{session_id}\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}\0"
	"/api/v2/statuspages/{page_id}/degradations/{degradation_id}/updates/{update_id}\0"
	"/api/v2/statuspages/{page_id}/maintenances/{maintenance_id}/updates/{update_id}\0"
	"/api/v2/synthetics/tests/browser/{public_id}/results/{result_id}\0"
	"/api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name}\0"
	"/api/v2/integration/google-chat/organizations/app/named-spaces/{domain_name}/{space_display_name}\0"
	"/api/v2/integration/ms-teams/configuration/channel/{tenant_name}/{team_name}/{channel_name}\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/lock\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/unlock\0"
	"/api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records/delete\0"
	"/api/v2/llm-obs/v2/{project_id}/datasets/{dataset_id}/records/upload\0"
	"/api/v2/rum/replay/sessions/{session_id}/views/{view_id}/segments\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions\0"
	"/api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id}\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/revert\0"
	"/api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id}";

/* {path, method, security list}, grouped by trie node */
const struct cp_ep_op cp_ep_ops[] = {
	{0, CP_EP_GET, 0}, /* / */
	{2, CP_EP_POST, KEY}, /* /v1/input */
	{12, CP_EP_GET, KEY | APP}, /* /api/v1/api_key */
	{12, CP_EP_POST, KEY | APP}, /* /api/v1/api_key */
	{28, CP_EP_GET, KEY | APP}, /* /api/v1/application_key */
	{28, CP_EP_POST, KEY | APP}, /* /api/v1/application_key */
	{52, CP_EP_POST, KEY}, /* /api/v1/check_run */
	{70, CP_EP_GET, KEY | APP}, /* /api/v1/daily_custom_reports */
	{99, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{99, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{99, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{99, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard */
	{117, CP_EP_POST, KEY}, /* /api/v1/distribution_points */
	{145, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/downtime */
	{145, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/downtime */
	{162, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/events */
	{162, CP_EP_POST, KEY}, /* /api/v1/events */
	{177, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/hosts */
	{191, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/metrics */
	{207, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor */
	{207, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/monitor */
	{223, CP_EP_GET, KEY | APP}, /* /api/v1/monthly_custom_reports */
	{254, CP_EP_GET, KEY | APP}, /* /api/v1/notebooks */
	{254, CP_EP_POST, KEY | APP}, /* /api/v1/notebooks */
	{272, CP_EP_GET, KEY | APP}, /* /api/v1/org */
	{272, CP_EP_POST, KEY | APP}, /* /api/v1/org */
	{284, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/query */
	{298, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/search */
	{313, CP_EP_POST, KEY}, /* /api/v1/series */
	{328, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo */
	{328, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/slo */
	{340, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/user */
	{340, CP_EP_POST, KEY | APP}, /* /api/v1/user */
	{353, CP_EP_GET, KEY}, /* /api/v1/validate */
	{370, CP_EP_GET, KEY | APP}, /* /api/v2/actions-datastores */
	{370, CP_EP_POST, KEY | APP}, /* /api/v2/actions-datastores */
	{397, CP_EP_GET, KEY | APP}, /* /api/v2/annotation */
	{397, CP_EP_POST, KEY | APP}, /* /api/v2/annotation */
	{416, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/anonymize_users */
	{440, CP_EP_GET, KEY | APP}, /* /api/v2/api_keys */
	{440, CP_EP_POST, KEY | APP}, /* /api/v2/api_keys */
	{457, CP_EP_GET, KEY | APP}, /* /api/v2/application_keys */
	{482, CP_EP_GET, KEY | APP}, /* /api/v2/authn_mappings */
	{482, CP_EP_POST, KEY | APP}, /* /api/v2/authn_mappings */
	{505, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases */
	{505, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases */
	{519, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/container_images */
	{544, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/containers */
	{563, CP_EP_GET, KEY | APP}, /* /api/v2/current_user */
	{563, CP_EP_PATCH, KEY | APP}, /* /api/v2/current_user */
	{584, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/datasets */
	{584, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/datasets */
	{601, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates */
	{601, CP_EP_POST, KEY | APP}, /* /api/v2/deployment_gates */
	{626, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/domain_allowlist */
	{626, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/domain_allowlist */
	{651, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/downtime */
	{651, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/downtime */
	{668, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/events */
	{668, CP_EP_POST, KEY | APP}, /* /api/v2/events */
	{683, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags */
	{683, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags */
	{705, CP_EP_GET, KEY | APP}, /* /api/v2/forms */
	{705, CP_EP_POST, KEY | APP}, /* /api/v2/forms */
	{719, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/global_orgs */
	{739, CP_EP_GET, KEY | APP}, /* /api/v2/hamr */
	{739, CP_EP_POST, KEY | APP}, /* /api/v2/hamr */
	{752, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/identity_providers */
	{779, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents */
	{779, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents */
	{797, CP_EP_GET, KEY | APP}, /* /api/v2/integrations */
	{818, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ip_allowlist */
	{818, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ip_allowlist */
	{839, CP_EP_POST, KEY}, /* /api/v2/logs */
	{852, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows */
	{852, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows */
	{880, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics */
	{896, CP_EP_GET, KEY | APP}, /* /api/v2/network-health-insights */
	{928, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org */
	{940, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients */
	{971, CP_EP_GET, KEY | APP}, /* /api/v2/org_configs */
	{991, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_connections */
	{991, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/org_connections */
	{1015, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_memberships */
	{1045, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policies */
	{1045, CP_EP_POST, KEY | APP}, /* /api/v2/org_group_policies */
	{1072, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_configs */
	{1105, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_overrides */
	{1105, CP_EP_POST, KEY | APP}, /* /api/v2/org_group_policy_overrides */
	{1140, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_suggestions */
	{1177, CP_EP_GET, KEY | APP}, /* /api/v2/org_groups */
	{1177, CP_EP_POST, KEY | APP}, /* /api/v2/org_groups */
	{1196, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/permissions */
	{1216, CP_EP_GET, KEY | APP}, /* /api/v2/personal_access_tokens */
	{1216, CP_EP_POST, KEY | APP}, /* /api/v2/personal_access_tokens */
	{1247, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/powerpacks */
	{1247, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/powerpacks */
	{1266, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/processes */
	{1284, CP_EP_POST, KEY}, /* /api/v2/prodlytics */
	{1303, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles */
	{1303, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles */
	{1317, CP_EP_GET, KEY | APP}, /* /api/v2/saml_configurations */
	{1345, CP_EP_POST, KEY}, /* /api/v2/series */
	{1360, CP_EP_POST, KEY | APP}, /* /api/v2/service_accounts */
	{1385, CP_EP_POST, KEY | APP}, /* /api/v2/snapshot */
	{1402, CP_EP_GET, KEY | APP}, /* /api/v2/sourcemaps */
	{1402, CP_EP_DELETE, KEY | APP}, /* /api/v2/sourcemaps */
	{1421, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages */
	{1421, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages */
	{1441, CP_EP_GET, KEY | APP}, /* /api/v2/tag_policies */
	{1441, CP_EP_POST, KEY | APP}, /* /api/v2/tag_policies */
	{1462, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team */
	{1462, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team */
	{1475, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links */
	{1475, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links */
	{1504, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients */
	{1536, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/user_invitations */
	{1561, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users */
	{1561, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/users */
	{1575, CP_EP_GET, KEY}, /* /api/v2/validate */
	{1592, CP_EP_GET, KEY | APP}, /* /api/v2/validate_keys */
	{1614, CP_EP_GET, KEY | APP}, /* /api/v2/workflows */
	{1614, CP_EP_POST, KEY | APP}, /* /api/v2/workflows */
	{1632, CP_EP_POST, KEY | APP}, /* /api/unstable/fleet/schedules */
	{1662, CP_EP_GET, KEY | APP}, /* /api/unstable/fleet/tracers */
	{1690, CP_EP_GET, KEY | APP}, /* /api/v1/api_key/{key} */
	{1690, CP_EP_PUT, KEY | APP}, /* /api/v1/api_key/{key} */
	{1690, CP_EP_DELETE, KEY | APP}, /* /api/v1/api_key/{key} */
	{1712, CP_EP_GET, KEY | APP}, /* /api/v1/application_key/{key} */
	{1712, CP_EP_PUT, KEY | APP}, /* /api/v1/application_key/{key} */
	{1712, CP_EP_DELETE, KEY | APP}, /* /api/v1/application_key/{key} */
	{1742, CP_EP_GET, KEY | APP}, /* /api/v1/daily_custom_reports/{report_id} */
	{1783, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public */
	{1808, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/{dashboard_id} */
	{1808, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/dashboard/{dashboard_id} */
	{1808, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/{dashboard_id} */
	{1841, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/downtime/{downtime_id} */
	{1841, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/downtime/{downtime_id} */
	{1841, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/downtime/{downtime_id} */
	{1872, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/events/{event_id} */
	{1898, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/graph/snapshot */
	{1921, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/hosts/totals */
	{1942, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws */
	{1942, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws */
	{1942, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/aws */
	{1942, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws */
	{1966, CP_EP_GET, KEY | APP}, /* /api/v1/integration/azure */
	{1966, CP_EP_POST, KEY | APP}, /* /api/v1/integration/azure */
	{1966, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/azure */
	{1966, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/azure */
	{1992, CP_EP_GET, KEY | APP}, /* /api/v1/integration/gcp */
	{1992, CP_EP_POST, KEY | APP}, /* /api/v1/integration/gcp */
	{1992, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/gcp */
	{1992, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/gcp */
	{2016, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/logs-queries/list */
	{2042, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/metrics/{metric_name} */
	{2042, CP_EP_PUT, KEY | APP}, /* /api/v1/metrics/{metric_name} */
	{2072, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/can_delete */
	{2099, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/search */
	{2122, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/monitor/validate */
	{2147, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id} */
	{2147, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id} */
	{2147, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id} */
	{2176, CP_EP_GET, KEY | APP}, /* /api/v1/monthly_custom_reports/{report_id} */
	{2219, CP_EP_GET, KEY | APP}, /* /api/v1/notebooks/{notebook_id} */
	{2219, CP_EP_PUT, KEY | APP}, /* /api/v1/notebooks/{notebook_id} */
	{2219, CP_EP_DELETE, KEY | APP}, /* /api/v1/notebooks/{notebook_id} */
	{2251, CP_EP_GET, KEY | APP}, /* /api/v1/org/{public_id} */
	{2251, CP_EP_PUT, KEY | APP}, /* /api/v1/org/{public_id} */
	{2275, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/slo/bulk_delete */
	{2299, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/can_delete */
	{2322, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/correction */
	{2322, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/slo/correction */
	{2345, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/search */
	{2364, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id} */
	{2364, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id} */
	{2364, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id} */
	{2385, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/locations */
	{2414, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations */
	{2451, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests */
	{2476, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables */
	{2476, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables */
	{2505, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/tags/hosts */
	{2524, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/analyzed_logs */
	{2552, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/audit_logs */
	{2577, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/aws_lambda */
	{2602, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/billable-summary */
	{2633, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/ci-app */
	{2654, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/cspm */
	{2673, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/cws */
	{2691, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/dbm */
	{2709, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/fargate */
	{2731, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/hosts */
	{2751, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/hourly-attribution */
	{2784, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/incident-management */
	{2818, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/indexed-spans */
	{2846, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/ingested-spans */
	{2875, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/iot */
	{2893, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/logs */
	{2912, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/logs-by-retention */
	{2944, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/logs_by_index */
	{2972, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/monthly-attribution */
	{3006, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/network_flows */
	{3034, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/network_hosts */
	{3062, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/online-archive */
	{3091, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/profiling */
	{3115, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/rum */
	{3133, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/rum_sessions */
	{3160, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/sds */
	{3178, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/snmp */
	{3197, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/summary */
	{3219, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/synthetics */
	{3244, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/synthetics_api */
	{3273, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/synthetics_browser */
	{3306, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/timeseries */
	{3331, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/usage/top_avg_metrics */
	{3361, CP_EP_GET, KEY | APP}, /* /api/v1/user/{user_handle} */
	{3361, CP_EP_PUT, KEY | APP}, /* /api/v1/user/{user_handle} */
	{3361, CP_EP_DELETE, KEY | APP}, /* /api/v1/user/{user_handle} */
	{3388, CP_EP_GET, KEY | APP}, /* /api/v2/actions/app_key_registrations */
	{3426, CP_EP_POST, KEY | APP}, /* /api/v2/actions/connections */
	{3454, CP_EP_GET, KEY | APP}, /* /api/v2/actions/execution-policies */
	{3454, CP_EP_POST, KEY | APP}, /* /api/v2/actions/execution-policies */
	{3489, CP_EP_GET, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id} */
	{3489, CP_EP_PATCH, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id} */
	{3489, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id} */
	{3531, CP_EP_PUT, KEY | APP}, /* /api/v2/annotation/{annotation_id} */
	{3531, CP_EP_DELETE, KEY | APP}, /* /api/v2/annotation/{annotation_id} */
	{3566, CP_EP_GET, KEY | APP}, /* /api/v2/api_keys/{api_key_id} */
	{3566, CP_EP_PATCH, KEY | APP}, /* /api/v2/api_keys/{api_key_id} */
	{3566, CP_EP_DELETE, KEY | APP}, /* /api/v2/api_keys/{api_key_id} */
	{3596, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api */
	{3619, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/openapi */
	{3646, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/apm/services */
	{3667, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/apps */
	{3667, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps */
	{3667, CP_EP_DELETE, KEY | APP}, /* /api/v2/app-builder/apps */
	{3692, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprints */
	{3723, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/tags */
	{3748, CP_EP_GET, KEY | APP}, /* /api/v2/application_keys/{app_key_id} */
	{3748, CP_EP_PATCH, KEY | APP}, /* /api/v2/application_keys/{app_key_id} */
	{3748, CP_EP_DELETE, KEY | APP}, /* /api/v2/application_keys/{app_key_id} */
	{3786, CP_EP_GET, KEY | APP}, /* /api/v2/audit/events */
	{3807, CP_EP_GET, KEY | APP}, /* /api/v2/authn_mappings/{authn_mapping_id} */
	{3807, CP_EP_PATCH, KEY | APP}, /* /api/v2/authn_mappings/{authn_mapping_id} */
	{3807, CP_EP_DELETE, KEY | APP}, /* /api/v2/authn_mappings/{authn_mapping_id} */
	{3849, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/bits-ai/investigations */
	{3849, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/bits-ai/investigations */
	{3880, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/aggregate */
	{3904, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/bulk */
	{3923, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/count */
	{3943, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/link */
	{3943, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/link */
	{3962, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects */
	{3962, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects */
	{3985, CP_EP_GET, KEY | APP}, /* /api/v2/cases/types */
	{3985, CP_EP_POST, KEY | APP}, /* /api/v2/cases/types */
	{4005, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/views */
	{4005, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/views */
	{4025, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id} */
	{4049, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity */
	{4049, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity */
	{4072, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/catalog/kind */
	{4072, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/catalog/kind */
	{4093, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/catalog/relation */
	{4118, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request */
	{4159, CP_EP_POST, KEY}, /* /api/v2/ci/pipeline */
	{4179, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks */
	{4231, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/resource_filters */
	{4231, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/resource_filters */
	{4282, CP_EP_PUT, KEY | APP}, /* /api/v2/cloudinventoryservice/syncconfigs */
	{4324, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/compliance_findings/rule_based_view */
	{4368, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/anomalies */
	{4391, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule */
	{4391, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule */
	{4419, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config */
	{4419, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config */
	{4447, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config */
	{4447, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config */
	{4476, CP_EP_PUT, KEY | APP}, /* /api/v2/cost/budget */
	{4496, CP_EP_GET, KEY | APP}, /* /api/v2/cost/budgets */
	{4517, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs */
	{4517, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs */
	{4543, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config */
	{4543, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config */
	{4570, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/oci_config */
	{4594, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/recommendations */
	{4623, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions */
	{4653, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_keys */
	{4675, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata */
	{4701, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tags */
	{4719, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost_by_tag/active_billing_dimensions */
	{4765, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost_by_tag/monthly_cost_attribution */
	{4810, CP_EP_GET, KEY | APP}, /* /api/v2/current_user/application_keys */
	{4810, CP_EP_POST, KEY | APP}, /* /api/v2/current_user/application_keys */
	{4848, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboards/usage */
	{4873, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/datasets/{dataset_id} */
	{4873, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/datasets/{dataset_id} */
	{4873, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/datasets/{dataset_id} */
	{4903, CP_EP_GET, KEY | APP}, /* /api/v2/deletion/requests */
	{4929, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates/{id} */
	{4929, CP_EP_PUT, KEY | APP}, /* /api/v2/deployment_gates/{id} */
	{4929, CP_EP_DELETE, KEY | APP}, /* /api/v2/deployment_gates/{id} */
	{4959, CP_EP_POST, KEY}, /* /api/v2/dora/deployment */
	{4983, CP_EP_POST, KEY | APP}, /* /api/v2/dora/deployments */
	{4983, CP_EP_PATCH, KEY | APP}, /* /api/v2/dora/deployments */
	{5008, CP_EP_POST, KEY}, /* /api/v2/dora/failure */
	{5029, CP_EP_POST, KEY | APP}, /* /api/v2/dora/failures */
	{5051, CP_EP_POST, KEY}, /* /api/v2/dora/incident */
	{5073, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/downtime/{downtime_id} */
	{5073, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/downtime/{downtime_id} */
	{5073, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/downtime/{downtime_id} */
	{5104, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/events/search */
	{5126, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/events/{event_id} */
	{5152, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags/environments */
	{5152, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/environments */
	{5187, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id} */
	{5187, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id} */
	{5227, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/agent_versions */
	{5256, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/agents */
	{5277, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/deployments */
	{5303, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/schedules */
	{5327, CP_EP_POST, KEY | APP}, /* /api/v2/forms/create_and_publish */
	{5360, CP_EP_GET, KEY | APP}, /* /api/v2/forms/{form_id} */
	{5360, CP_EP_PATCH, KEY | APP}, /* /api/v2/forms/{form_id} */
	{5360, CP_EP_DELETE, KEY | APP}, /* /api/v2/forms/{form_id} */
	{5384, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/config */
	{5410, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control */
	{5437, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/insights */
	{5465, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/notification_settings */
	{5465, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/governance/notification_settings */
	{5506, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/identity_providers/{idp_id} */
	{5542, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/import */
	{5567, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/search */
	{5592, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id} */
	{5592, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id} */
	{5592, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id} */
	{5624, CP_EP_GET, KEY | APP}, /* /api/v2/logs/events */
	{5644, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows/{maintenance_window_id} */
	{5644, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/maintenance_windows/{maintenance_window_id} */
	{5696, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/historical-metrics-configurations */
	{5746, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules */
	{5746, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules */
	{5781, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/facet-keys */
	{5814, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/facet-values */
	{5849, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/project-facet-keys */
	{5890, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/project-facet-values */
	{5933, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/projects */
	{5964, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/runs */
	{5991, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/notification_rule */
	{5991, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/notification_rule */
	{6025, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/policy */
	{6025, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/policy */
	{6048, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/template */
	{6048, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/template */
	{6073, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/devices */
	{6093, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/interfaces */
	{6116, CP_EP_POST, 0}, /* /api/v2/oauth2/register */
	{6140, CP_EP_GET, KEY | APP}, /* /api/v2/obs-pipelines/pipelines */
	{6140, CP_EP_POST, KEY | APP}, /* /api/v2/obs-pipelines/pipelines */
	{6172, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies */
	{6208, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages */
	{6230, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules */
	{6256, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/org/disable */
	{6276, CP_EP_PATCH, KEY | APP}, /* /api/v2/org/saml_configurations */
	{6308, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id} */
	{6308, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id} */
	{6308, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id} */
	{6366, CP_EP_GET, KEY | APP}, /* /api/v2/org_configs/{org_config_name} */
	{6366, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_configs/{org_config_name} */
	{6404, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/org_connections/{connection_id} */
	{6404, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_connections/{connection_id} */
	{6444, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_memberships/bulk */
	{6479, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_memberships/{org_group_membership_id} */
	{6479, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_memberships/{org_group_membership_id} */
	{6535, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policies/{org_group_policy_id} */
	{6535, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_policies/{org_group_policy_id} */
	{6535, CP_EP_DELETE, KEY | APP}, /* /api/v2/org_group_policies/{org_group_policy_id} */
	{6584, CP_EP_GET, KEY | APP}, /* /api/v2/org_group_policy_overrides/{org_group_policy_override_id} */
	{6584, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_group_policy_overrides/{org_group_policy_override_id} */
	{6584, CP_EP_DELETE, KEY | APP}, /* /api/v2/org_group_policy_overrides/{org_group_policy_override_id} */
	{6650, CP_EP_GET, KEY | APP}, /* /api/v2/org_groups/{org_group_id} */
	{6650, CP_EP_PATCH, KEY | APP}, /* /api/v2/org_groups/{org_group_id} */
	{6650, CP_EP_DELETE, KEY | APP}, /* /api/v2/org_groups/{org_group_id} */
	{6684, CP_EP_GET, KEY | APP}, /* /api/v2/personal_access_tokens/{token_id} */
	{6684, CP_EP_PATCH, KEY | APP}, /* /api/v2/personal_access_tokens/{token_id} */
	{6684, CP_EP_DELETE, KEY | APP}, /* /api/v2/personal_access_tokens/{token_id} */
	{6726, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/posture_management/findings */
	{6762, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/powerpacks/{powerpack_id} */
	{6762, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/powerpacks/{powerpack_id} */
	{6762, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/powerpacks/{powerpack_id} */
	{6796, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/sankey */
	{6829, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/pruned_trace/{trace_id} */
	{6861, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/query/scalar */
	{6882, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/query/timeseries */
	{6907, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables */
	{6907, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables */
	{6939, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/uploads */
	{6972, CP_EP_POST, KEY | APP}, /* /api/v2/reporting/print */
	{6996, CP_EP_POST, KEY | APP}, /* /api/v2/reporting/schedule */
	{7023, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/restriction_policy/{resource_id} */
	{7023, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/restriction_policy/{resource_id} */
	{7023, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/restriction_policy/{resource_id} */
	{7064, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/templates */
	{7088, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id} */
	{7088, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id} */
	{7088, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id} */
	{7112, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications */
	{7112, CP_EP_POST, KEY | APP}, /* /api/v2/rum/applications */
	{7137, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config */
	{7137, CP_EP_POST, KEY | APP}, /* /api/v2/rum/config */
	{7137, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/config */
	{7156, CP_EP_GET, KEY | APP}, /* /api/v2/rum/events */
	{7175, CP_EP_POST, KEY | APP}, /* /api/v2/rum/operations */
	{7198, CP_EP_POST, KEY | APP}, /* /api/v2/saml_configurations/idp_metadata */
	{7239, CP_EP_GET, KEY | APP}, /* /api/v2/saml_configurations/{saml_config_uuid} */
	{7239, CP_EP_PATCH, KEY | APP}, /* /api/v2/saml_configurations/{saml_config_uuid} */
	{7286, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns */
	{7286, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns */
	{7314, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/outcomes */
	{7314, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/outcomes */
	{7341, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules */
	{7341, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules */
	{7365, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/scorecards */
	{7394, CP_EP_GET, KEY | APP}, /* /api/v2/seats/users */
	{7394, CP_EP_POST, KEY | APP}, /* /api/v2/seats/users */
	{7394, CP_EP_DELETE, KEY | APP}, /* /api/v2/seats/users */
	{7414, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security/findings */
	{7440, CP_EP_GET, KEY | APP}, /* /api/v2/security/sboms */
	{7463, CP_EP_GET, KEY | APP}, /* /api/v2/security/scanned-assets-metadata */
	{7504, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerabilities */
	{7504, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/vulnerabilities */
	{7537, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerable-assets */
	{7572, CP_EP_GET, KEY | APP}, /* /api/v2/security-entities/risk-scores */
	{7610, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets */
	{7610, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets */
	{7647, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/entity_context */
	{7690, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules */
	{7690, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules */
	{7724, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals */
	{7760, CP_EP_GET, KEY | APP}, /* /api/v2/sensitive-data-scanner/config */
	{7760, CP_EP_PATCH, KEY | APP}, /* /api/v2/sensitive-data-scanner/config */
	{7798, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/services/definitions */
	{7798, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/services/definitions */
	{7827, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/histsignals */
	{7874, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs */
	{7874, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs */
	{7914, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/slo/report */
	{7933, CP_EP_GET, KEY | APP}, /* /api/v2/sourcemaps/list */
	{7957, CP_EP_PATCH, KEY | APP}, /* /api/v2/sourcemaps/restore */
	{7984, CP_EP_POST, KEY | APP}, /* /api/v2/sourcemaps/service_repository_info */
	{8027, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/spans/events */
	{8048, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/rulesets */
	{8081, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/dependencies */
	{8122, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/degradations */
	{8155, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/maintenances */
	{8188, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id} */
	{8188, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id} */
	{8188, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id} */
	{8218, CP_EP_POST, KEY | APP}, /* /api/v2/stegadography/get-widgets */
	{8252, CP_EP_GET, KEY | APP}, /* /api/v2/synthetics/downtimes */
	{8252, CP_EP_POST, KEY | APP}, /* /api/v2/synthetics/downtimes */
	{8281, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites */
	{8307, CP_EP_GET, KEY | APP}, /* /api/v2/tag_policies/{policy_id} */
	{8307, CP_EP_PATCH, KEY | APP}, /* /api/v2/tag_policies/{policy_id} */
	{8307, CP_EP_DELETE, KEY | APP}, /* /api/v2/tag_policies/{policy_id} */
	{8340, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment */
	{8340, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment */
	{8364, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/connections */
	{8364, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/connections */
	{8364, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/connections */
	{8389, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/sync */
	{8389, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/sync */
	{8407, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id} */
	{8407, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id} */
	{8407, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id} */
	{8430, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links/{link_id} */
	{8430, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team-hierarchy-links/{link_id} */
	{8469, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/trace/{trace_id} */
	{8494, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/application_security */
	{8529, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/billing_dimension_mapping */
	{8569, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/cost_by_org */
	{8595, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/estimated_cost */
	{8624, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/historical_cost */
	{8654, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/hourly_usage */
	{8681, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/lambda_traced_invocations */
	{8721, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/observability_pipelines */
	{8759, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/projected_cost */
	{8788, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/usage-attribution-types */
	{8826, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients/{user_authorized_client_id} */
	{8826, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients/{user_authorized_client_id} */
	{8886, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/user_invitations/{user_invitation_uuid} */
	{8934, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id} */
	{8934, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id} */
	{8934, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id} */
	{8958, CP_EP_GET, KEY | APP}, /* /api/v2/widgets/{experience_type} */
	{8958, CP_EP_POST, KEY | APP}, /* /api/v2/widgets/{experience_type} */
	{8992, CP_EP_GET, KEY | APP}, /* /api/v2/workflows/{workflow_id} */
	{8992, CP_EP_PATCH, KEY | APP}, /* /api/v2/workflows/{workflow_id} */
	{8992, CP_EP_DELETE, KEY | APP}, /* /api/v2/workflows/{workflow_id} */
	{9024, CP_EP_PATCH, KEY | APP}, /* /api/unstable/fleet/schedules/{id} */
	{9024, CP_EP_DELETE, KEY | APP}, /* /api/unstable/fleet/schedules/{id} */
	{9059, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual */
	{9059, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual */
	{9090, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token} */
	{9090, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token} */
	{9090, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token} */
	{9123, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/downtime/cancel/by_scope */
	{9156, CP_EP_POST, KEY | APP}, /* /api/v1/host/{host_name}/mute */
	{9186, CP_EP_POST, KEY | APP}, /* /api/v1/host/{host_name}/unmute */
	{9218, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/available_namespace_rules */
	{9268, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/event_bridge */
	{9268, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/event_bridge */
	{9268, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws/event_bridge */
	{9305, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/filtering */
	{9305, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/filtering */
	{9305, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws/filtering */
	{9339, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/aws/generate_new_external_id */
	{9388, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/logs */
	{9388, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs */
	{9388, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/aws/logs */
	{9417, CP_EP_POST, KEY | APP}, /* /api/v1/integration/azure/host_filters */
	{9456, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/index-order */
	{9456, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/index-order */
	{9488, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/indexes */
	{9488, CP_EP_POST, KEY | APP}, /* /api/v1/logs/config/indexes */
	{9516, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/pipeline-order */
	{9516, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/pipeline-order */
	{9551, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/pipelines */
	{9551, CP_EP_POST, KEY | APP}, /* /api/v1/logs/config/pipelines */
	{9581, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/groups/search */
	{9611, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id}/downtimes */
	{9650, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/monitor/{monitor_id}/validate */
	{9688, CP_EP_POST, KEY | APP}, /* /api/v1/org/{public_id}/downgrade */
	{9722, CP_EP_POST, KEY | APP}, /* /api/v1/org/{public_id}/idp_metadata */
	{9759, CP_EP_GET, KEY | APP}, /* /api/v1/slo/correction/{slo_correction_id} */
	{9759, CP_EP_PATCH, KEY | APP}, /* /api/v1/slo/correction/{slo_correction_id} */
	{9759, CP_EP_DELETE, KEY | APP}, /* /api/v1/slo/correction/{slo_correction_id} */
	{9802, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id}/corrections */
	{9835, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/slo/{slo_id}/history */
	{9864, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations/{location_id} */
	{9864, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations/{location_id} */
	{9864, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/synthetics/private-locations/{location_id} */
	{9915, CP_EP_GET, KEY | APP}, /* /api/v1/synthetics/settings/default_locations */
	{9961, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/api */
	{9990, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser */
	{10023, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/delete */
	{10055, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/mobile */
	{10087, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/search */
	{10119, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/trigger */
	{10152, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/uptimes */
	{10185, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id} */
	{10185, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id} */
	{10222, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables/{variable_id} */
	{10222, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables/{variable_id} */
	{10222, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/synthetics/variables/{variable_id} */
	{10265, CP_EP_GET, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{10265, CP_EP_POST, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{10265, CP_EP_PUT, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{10265, CP_EP_DELETE, KEY | APP}, /* /api/v1/tags/hosts/{host_name} */
	{10296, CP_EP_GET, KEY | APP}, /* /api/v2/actions/app_key_registrations/{app_key_id} */
	{10296, CP_EP_PUT, KEY | APP}, /* /api/v2/actions/app_key_registrations/{app_key_id} */
	{10296, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions/app_key_registrations/{app_key_id} */
	{10347, CP_EP_GET, KEY | APP}, /* /api/v2/actions/connections/{connection_id} */
	{10347, CP_EP_PATCH, KEY | APP}, /* /api/v2/actions/connections/{connection_id} */
	{10347, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions/connections/{connection_id} */
	{10391, CP_EP_GET, KEY | APP}, /* /api/v2/actions/execution-policies/{policy_id} */
	{10391, CP_EP_PUT, KEY | APP}, /* /api/v2/actions/execution-policies/{policy_id} */
	{10391, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions/execution-policies/{policy_id} */
	{10438, CP_EP_GET, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items */
	{10438, CP_EP_PATCH, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items */
	{10438, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items */
	{10486, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws */
	{10486, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws */
	{10526, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure */
	{10526, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure */
	{10568, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp */
	{10568, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp */
	{10608, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/ondemand/aws */
	{10608, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/ondemand/aws */
	{10648, CP_EP_GET, KEY | APP}, /* /api/v2/annotation/page/{page_id} */
	{10682, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api/{id} */
	{10710, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/metrics */
	{10710, CP_EP_POST, KEY | APP}, /* /api/v2/apm/config/metrics */
	{10737, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/retention-filters */
	{10737, CP_EP_POST, KEY | APP}, /* /api/v2/apm/config/retention-filters */
	{10774, CP_EP_PUT, KEY | APP}, /* /api/v2/apm/config/retention-filters-execution-order */
	{10827, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/apps/{app_id} */
	{10827, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id} */
	{10827, CP_EP_DELETE, KEY | APP}, /* /api/v2/app-builder/apps/{app_id} */
	{10861, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprint/{blueprint_id} */
	{10906, CP_EP_POST, KEY | APP}, /* /api/v2/audit/events/search */
	{10934, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/bits-ai/investigations/{id} */
	{10970, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/link/{link_id} */
	{10999, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/favorites */
	{11032, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id} */
	{11032, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id} */
	{11032, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id} */
	{11068, CP_EP_GET, KEY | APP}, /* /api/v2/cases/types/custom_attributes */
	{11106, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/types/{case_type_id} */
	{11106, CP_EP_DELETE, KEY | APP}, /* /api/v2/cases/types/{case_type_id} */
	{11141, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/views/{view_id} */
	{11141, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/views/{view_id} */
	{11141, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/views/{view_id} */
	{11171, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/archive */
	{11203, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/assign */
	{11234, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/attributes */
	{11269, CP_EP_POST, KEY | APP}, /* /api/v2/cases/{case_id}/comment */
	{11301, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/description */
	{11337, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/due_date */
	{11370, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/insights */
	{11370, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/insights */
	{11403, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/priority */
	{11436, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/resolved_reason */
	{11476, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/status */
	{11507, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/timelines */
	{11541, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/title */
	{11571, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/unarchive */
	{11605, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/unassign */
	{11638, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/watchers */
	{11671, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity/preview */
	{11702, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/catalog/entity/{entity_id} */
	{11737, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/catalog/kind/{kind_id} */
	{11768, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id} */
	{11768, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id} */
	{11829, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ci/github/accounts */
	{11829, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ci/github/accounts */
	{11856, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ci/pipelines/events */
	{11884, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/ci/tests/events */
	{11908, CP_EP_GET, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping */
	{11908, CP_EP_POST, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping */
	{11947, CP_EP_DELETE, KEY | APP}, /* /api/v2/cloudinventoryservice/syncconfigs/{id} */
	{11994, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/code-coverage/branch/summary */
	{12031, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/code-coverage/commit/summary */
	{12068, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/account_filters/{cloud_account_id} */
	{12068, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/account_filters/{cloud_account_id} */
	{12116, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/anomalies/{anomaly_id} */
	{12152, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/reorder */
	{12188, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/status */
	{12223, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/{rule_id} */
	{12223, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/{rule_id} */
	{12223, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/arbitrary_rule/{rule_id} */
	{12261, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config/{cloud_account_id} */
	{12261, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config/{cloud_account_id} */
	{12261, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/aws_cur_config/{cloud_account_id} */
	{12308, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config/{cloud_account_id} */
	{12308, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config/{cloud_account_id} */
	{12308, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/azure_uc_config/{cloud_account_id} */
	{12356, CP_EP_PUT, KEY | APP}, /* /api/v2/cost/budget/custom-forecast */
	{12392, CP_EP_POST, KEY | APP}, /* /api/v2/cost/budget/validate */
	{12421, CP_EP_GET, KEY | APP}, /* /api/v2/cost/budget/{budget_id} */
	{12421, CP_EP_DELETE, KEY | APP}, /* /api/v2/cost/budget/{budget_id} */
	{12453, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/commitment-list */
	{12494, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs/{file_id} */
	{12494, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/custom_costs/{file_id} */
	{12530, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config/{cloud_account_id} */
	{12530, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config/{cloud_account_id} */
	{12530, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/gcp_uc_config/{cloud_account_id} */
	{12576, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key} */
	{12576, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key} */
	{12576, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key} */
	{12616, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_keys/{tag_key} */
	{12648, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/currency */
	{12683, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/metrics */
	{12717, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/months */
	{12750, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/orchestrators */
	{12790, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_metadata/tag_sources */
	{12828, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/agents */
	{12858, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/settings */
	{12858, CP_EP_POST, KEY | APP}, /* /api/v2/csm/ownership/settings */
	{12889, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id} */
	{12925, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/agentless_hosts */
	{12962, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/hosts */
	{12989, CP_EP_GET, KEY | APP}, /* /api/v2/current_user/application_keys/{app_key_id} */
	{12989, CP_EP_PATCH, KEY | APP}, /* /api/v2/current_user/application_keys/{app_key_id} */
	{12989, CP_EP_DELETE, KEY | APP}, /* /api/v2/current_user/application_keys/{app_key_id} */
	{13040, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared */
	{13080, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboards/{dashboard_id}/usage */
	{13120, CP_EP_POST, KEY | APP}, /* /api/v2/ddsql/query/tabular */
	{13148, CP_EP_POST, KEY | APP}, /* /api/v2/deletion/data/{product} */
	{13180, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules */
	{13180, CP_EP_POST, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules */
	{13221, CP_EP_POST, KEY | APP}, /* /api/v2/deployments/gates/evaluation */
	{13258, CP_EP_DELETE, KEY | APP}, /* /api/v2/dora/deployment/{deployment_id} */
	{13298, CP_EP_GET, KEY | APP}, /* /api/v2/dora/deployments/{deployment_id} */
	{13298, CP_EP_PATCH, KEY | APP}, /* /api/v2/dora/deployments/{deployment_id} */
	{13339, CP_EP_DELETE, KEY | APP}, /* /api/v2/dora/failure/{failure_id} */
	{13373, CP_EP_GET, KEY | APP}, /* /api/v2/dora/failures/{failure_id} */
	{13408, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/search */
	{13445, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id} */
	{13486, CP_EP_GET, KEY | APP}, /* /api/v2/feature-flags/environments/{environment_id} */
	{13486, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/environments/{environment_id} */
	{13486, CP_EP_DELETE, KEY | APP}, /* /api/v2/feature-flags/environments/{environment_id} */
	{13538, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/archive */
	{13586, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/unarchive */
	{13636, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/variants */
	{13685, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/agents/{agent_key} */
	{13718, CP_EP_POST, KEY | APP}, /* /api/v2/fleet/deployments/configure */
	{13754, CP_EP_POST, KEY | APP}, /* /api/v2/fleet/deployments/upgrade */
	{13788, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/deployments/{deployment_id} */
	{13830, CP_EP_GET, KEY | APP}, /* /api/v2/fleet/schedules/{id} */
	{13859, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/clone */
	{13889, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/publish */
	{13921, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/versions */
	{13954, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type} */
	{13954, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type} */
	{13998, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/governance/detections/mitigate */
	{14037, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/detections/{detection_id} */
	{14037, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/governance/detections/{detection_id} */
	{14082, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/identity_providers/{idp_id}/users */
	{14124, CP_EP_GET, KEY | APP}, /* /api/v2/idp/entity_integrations/{integration_id} */
	{14124, CP_EP_PUT, KEY | APP}, /* /api/v2/idp/entity_integrations/{integration_id} */
	{14124, CP_EP_DELETE, KEY | APP}, /* /api/v2/idp/entity_integrations/{integration_id} */
	{14173, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-chat-configurations */
	{14225, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-meet-configurations */
	{14277, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields */
	{14277, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields */
	{14316, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules */
	{14316, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules */
	{14360, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates */
	{14360, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates */
	{14408, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates */
	{14408, CP_EP_POST, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates */
	{14454, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules */
	{14454, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules */
	{14485, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types */
	{14485, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types */
	{14516, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields */
	{14516, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields */
	{14561, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles */
	{14561, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles */
	{14605, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/{incident_id}/attachments */
	{14605, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/attachments */
	{14649, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/configurations */
	{14649, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/configurations */
	{14696, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts */
	{14696, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts */
	{14736, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/page */
	{14773, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders */
	{14773, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders */
	{14816, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/servicenow-records */
	{14867, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides */
	{14867, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides */
	{14919, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts */
	{14919, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/accounts */
	{14952, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/available_namespaces */
	{14997, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/event_bridge */
	{14997, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/event_bridge */
	{14997, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/aws/event_bridge */
	{15034, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/generate_new_external_id */
	{15083, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/iam_permissions */
	{15123, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/validate_ccm_config */
	{15167, CP_EP_GET, KEY | APP}, /* /api/v2/integration/gcp/accounts */
	{15167, CP_EP_POST, KEY | APP}, /* /api/v2/integration/gcp/accounts */
	{15200, CP_EP_GET, KEY | APP}, /* /api/v2/integration/gcp/sts_delegate */
	{15200, CP_EP_POST, KEY | APP}, /* /api/v2/integration/gcp/sts_delegate */
	{15237, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations */
	{15283, CP_EP_GET, KEY | APP}, /* /api/v2/integration/jira/accounts */
	{15317, CP_EP_GET, KEY | APP}, /* /api/v2/integration/jira/issue-templates */
	{15317, CP_EP_POST, KEY | APP}, /* /api/v2/integration/jira/issue-templates */
	{15358, CP_EP_GET, KEY | APP}, /* /api/v2/integration/oci/products */
	{15391, CP_EP_GET, KEY | APP}, /* /api/v2/integration/oci/tenancies */
	{15391, CP_EP_POST, KEY | APP}, /* /api/v2/integration/oci/tenancies */
	{15425, CP_EP_GET, KEY | APP}, /* /api/v2/integration/opsgenie/accounts */
	{15425, CP_EP_POST, KEY | APP}, /* /api/v2/integration/opsgenie/accounts */
	{15463, CP_EP_GET, KEY | APP}, /* /api/v2/integration/opsgenie/services */
	{15463, CP_EP_POST, KEY | APP}, /* /api/v2/integration/opsgenie/services */
	{15501, CP_EP_GET, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates */
	{15501, CP_EP_POST, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates */
	{15561, CP_EP_GET, KEY | APP}, /* /api/v2/integration/salesforce-incidents/organizations */
	{15616, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/handles */
	{15616, CP_EP_POST, KEY | APP}, /* /api/v2/integration/servicenow/handles */
	{15655, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/instances */
	{15696, CP_EP_GET, KEY | APP}, /* /api/v2/integration/slack/user-bindings */
	{15736, CP_EP_GET, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{15736, CP_EP_POST, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{15736, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{15736, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/statuspage/account */
	{15775, CP_EP_GET, KEY | APP}, /* /api/v2/integration/statuspage/url_settings */
	{15775, CP_EP_POST, KEY | APP}, /* /api/v2/integration/statuspage/url_settings */
	{15819, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts */
	{15819, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts */
	{15860, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts */
	{15860, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts */
	{15906, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts */
	{15906, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/fastly/accounts */
	{15943, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/okta/accounts */
	{15943, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/okta/accounts */
	{15978, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotated-interactions */
	{16020, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues */
	{16020, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues */
	{16057, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/experiments */
	{16057, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experiments */
	{16088, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/projects */
	{16088, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/projects */
	{16116, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts */
	{16116, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/prompts */
	{16143, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-clustered-points */
	{16195, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs */
	{16195, CP_EP_PUT, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs */
	{16238, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-runs */
	{16238, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-runs */
	{16278, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-topics */
	{16320, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/login/org_configs/max_session_duration */
	{16367, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/logs/analytics/aggregate */
	{16400, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archive-order */
	{16400, CP_EP_PUT, KEY | APP}, /* /api/v2/logs/config/archive-order */
	{16434, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archives */
	{16434, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/archives */
	{16463, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/custom-destinations */
	{16463, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/custom-destinations */
	{16503, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/metrics */
	{16503, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/metrics */
	{16531, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries */
	{16531, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/restriction_queries */
	{16571, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/logs/events/search */
	{16598, CP_EP_POST, KEY | APP}, /* /api/v2/metrics/config/bulk-tags */
	{16598, CP_EP_DELETE, KEY | APP}, /* /api/v2/metrics/config/bulk-tags */
	{16631, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/historical-metrics-configurations/{metric_name} */
	{16631, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/metrics/historical-metrics-configurations/{metric_name} */
	{16695, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/order */
	{16736, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/{id} */
	{16736, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/{id} */
	{16736, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/metrics/tag-indexing-rules/{id} */
	{16776, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/active-configurations */
	{16828, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/all-tags */
	{16867, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/assets */
	{16904, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/estimate */
	{16943, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/tag-cardinalities */
	{16991, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions */
	{16991, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions */
	{16991, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rule-exemptions */
	{17050, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tag-indexing-rules */
	{17099, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/metrics/{metric_name}/tags */
	{17099, CP_EP_POST, KEY | APP}, /* /api/v2/metrics/{metric_name}/tags */
	{17099, CP_EP_PATCH, KEY | APP}, /* /api/v2/metrics/{metric_name}/tags */
	{17099, CP_EP_DELETE, KEY | APP}, /* /api/v2/metrics/{metric_name}/tags */
	{17134, CP_EP_GET, KEY | APP}, /* /api/v2/metrics/{metric_name}/volumes */
	{17172, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/artifacts/content */
	{17212, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id} */
	{17256, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id} */
	{17256, CP_EP_DELETE, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id} */
	{17292, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/notification_rule/{rule_id} */
	{17292, CP_EP_PATCH, KEY | APP}, /* /api/v2/monitor/notification_rule/{rule_id} */
	{17292, CP_EP_DELETE, KEY | APP}, /* /api/v2/monitor/notification_rule/{rule_id} */
	{17336, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/policy/{policy_id} */
	{17336, CP_EP_PATCH, KEY | APP}, /* /api/v2/monitor/policy/{policy_id} */
	{17336, CP_EP_DELETE, KEY | APP}, /* /api/v2/monitor/policy/{policy_id} */
	{17371, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/template/validate */
	{17405, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/template/{template_id} */
	{17405, CP_EP_PUT, KEY | APP}, /* /api/v2/monitor/template/{template_id} */
	{17405, CP_EP_DELETE, KEY | APP}, /* /api/v2/monitor/template/{template_id} */
	{17444, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/monitor/{monitor_id}/downtime_matches */
	{17490, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/devices/{device_id} */
	{17522, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/network/connections/aggregate */
	{17560, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/network/dns/aggregate */
	{17590, CP_EP_GET, 0}, /* /api/v2/oauth2/.well-known/sites */
	{17623, CP_EP_POST, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/validate */
	{17664, CP_EP_GET, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/{pipeline_id} */
	{17664, CP_EP_PUT, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/{pipeline_id} */
	{17664, CP_EP_DELETE, KEY | APP}, /* /api/v2/obs-pipelines/pipelines/{pipeline_id} */
	{17710, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies/{policy_id} */
	{17710, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies/{policy_id} */
	{17710, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/escalation-policies/{policy_id} */
	{17758, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id} */
	{17758, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id} */
	{17758, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id} */
	{17798, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients */
	{17880, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/posture_management/findings/{finding_id} */
	{17929, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/accounts/facet_info */
	{17975, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/accounts/query */
	{18016, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/analytics/list */
	{18057, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/analytics/scalar */
	{18100, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/analytics/timeseries */
	{18147, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/funnel */
	{18188, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/list */
	{18227, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/scalar */
	{18268, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/journey/timeseries */
	{18313, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/grid */
	{18354, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/list */
	{18395, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/scalar */
	{18438, CP_EP_POST, KEY | APP}, /* /api/v2/product-analytics/retention/timeseries */
	{18485, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/users/event_filtered_query */
	{18538, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/users/facet_info */
	{18581, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/users/query */
	{18619, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping */
	{18662, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/queries/batch-rows */
	{18706, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id} */
	{18706, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id} */
	{18706, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id} */
	{18743, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots */
	{18743, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots */
	{18776, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/schedule/list */
	{18808, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid} */
	{18808, CP_EP_PATCH, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid} */
	{18808, CP_EP_DELETE, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid} */
	{18851, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/clone */
	{18881, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/permissions */
	{18881, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/permissions */
	{18881, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/permissions */
	{18917, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/users */
	{18917, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/users */
	{18917, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/roles/{role_id}/users */
	{18947, CP_EP_POST, KEY | APP}, /* /api/v2/rum/analytics/aggregate */
	{18979, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{id} */
	{18979, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{id} */
	{18979, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/applications/{id} */
	{19009, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config/metrics */
	{19009, CP_EP_POST, KEY | APP}, /* /api/v2/rum/config/metrics */
	{19036, CP_EP_POST, KEY | APP}, /* /api/v2/rum/events/search */
	{19062, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/search */
	{19092, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/strong_links */
	{19092, CP_EP_POST, KEY | APP}, /* /api/v2/rum/operations/strong_links */
	{19128, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/{rum_operation_id} */
	{19128, CP_EP_PUT, KEY | APP}, /* /api/v2/rum/operations/{rum_operation_id} */
	{19128, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/operations/{rum_operation_id} */
	{19170, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists */
	{19170, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists */
	{19199, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns/{campaign_id} */
	{19199, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns/{campaign_id} */
	{19199, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/scorecard/campaigns/{campaign_id} */
	{19241, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/scorecard/outcomes/batch */
	{19274, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules/{rule_id} */
	{19274, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/scorecard/rules/{rule_id} */
	{19308, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/scorecard/scores/{aggregation} */
	{19347, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/assignee */
	{19382, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/cases */
	{19382, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security/findings/cases */
	{19414, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/jira_issues */
	{19414, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/jira_issues */
	{19452, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/linear_issues */
	{19452, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/linear_issues */
	{19492, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/mute */
	{19523, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/search */
	{19556, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/findings/servicenow_tickets */
	{19556, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/servicenow_tickets */
	{19601, CP_EP_GET, KEY | APP}, /* /api/v2/security/sboms/{asset_type} */
	{19637, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security/siem/ioc-explorer */
	{19672, CP_EP_GET, KEY | APP}, /* /api/v2/security/signals/notification_rules */
	{19672, CP_EP_POST, KEY | APP}, /* /api/v2/security/signals/notification_rules */
	{19716, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules */
	{19716, CP_EP_POST, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules */
	{19768, CP_EP_GET, KEY | APP}, /* /api/v2/security-entities/risk-scores/{entity_id} */
	{19818, CP_EP_GET, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules */
	{19818, CP_EP_POST, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules */
	{19882, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets */
	{19882, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets */
	{19940, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config */
	{19940, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config */
	{20001, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters */
	{20001, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters */
	{20060, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions */
	{20060, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions */
	{20115, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/content_packs/states */
	{20164, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/dependencies */
	{20214, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id} */
	{20214, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id} */
	{20214, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id} */
	{20264, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/entity_context/{id} */
	{20312, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/bulk_delete */
	{20358, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/bulk_export */
	{20404, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/convert */
	{20446, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/test */
	{20485, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/validation */
	{20530, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id} */
	{20530, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id} */
	{20530, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id} */
	{20574, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions */
	{20574, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions */
	{20638, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/search */
	{20681, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id} */
	{20729, CP_EP_POST, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/groups */
	{20774, CP_EP_POST, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/rules */
	{20818, CP_EP_GET, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/standard-patterns */
	{20874, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens */
	{20874, CP_EP_POST, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens */
	{20934, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys */
	{20934, CP_EP_POST, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys */
	{20997, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/services/definitions/{service_name} */
	{20997, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/services/definitions/{service_name} */
	{21041, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/histsignals/search */
	{21095, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/histsignals/{histsignal_id} */
	{21158, CP_EP_POST, KEY | APP}, /* /api/v2/siem-historical-detections/jobs/signal_convert */
	{21213, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id} */
	{21213, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id} */
	{21262, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/slo/{slo_id}/status */
	{21290, CP_EP_GET, AUTHZ}, /* /api/v2/spa/recommendations/{service} */
	{21328, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/spans/analytics/aggregate */
	{21362, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/spans/events/search */
	{21390, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/memory */
	{21390, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/memory */
	{21424, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/prompts */
	{21459, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets */
	{21459, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets */
	{21495, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/codegen/rulesets */
	{21536, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/custom/rulesets */
	{21536, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/custom/rulesets */
	{21576, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/default-rulesets/{language} */
	{21628, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/rulesets/{ruleset_name} */
	{21676, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/secrets/rules */
	{21714, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/analyze */
	{21769, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/get-ast */
	{21824, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/dependencies/scan */
	{21870, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis-sca/licenses/list */
	{21912, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/vulnerabilities/resolve-vulnerable-symbols */
	{21983, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components */
	{21983, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components */
	{22024, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates */
	{22024, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates */
	{22076, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations */
	{22119, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates */
	{22119, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates */
	{22171, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances */
	{22214, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/publish */
	{22252, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/unpublish */
	{22292, CP_EP_GET, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id} */
	{22292, CP_EP_PUT, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id} */
	{22292, CP_EP_DELETE, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id} */
	{22335, CP_EP_GET, KEY | APP}, /* /api/v2/synthetics/settings/on_demand_concurrency_cap */
	{22335, CP_EP_POST, KEY | APP}, /* /api/v2/synthetics/settings/on_demand_concurrency_cap */
	{22389, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/bulk-delete */
	{22427, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/search */
	{22460, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/{public_id} */
	{22460, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/{public_id} */
	{22498, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/bulk-delete */
	{22535, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/network */
	{22568, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/poll_results */
	{22606, CP_EP_GET, KEY | APP}, /* /api/v2/tag_policies/{policy_id}/score */
	{22645, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/reorder */
	{22677, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/status */
	{22708, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/validate-query */
	{22747, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/{ruleset_id} */
	{22747, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/{ruleset_id} */
	{22747, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/tags/enrichment/{ruleset_id} */
	{22784, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links */
	{22784, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links */
	{22813, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{super_team_id}/member_teams */
	{22813, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{super_team_id}/member_teams */
	{22855, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships */
	{22855, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships */
	{22890, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules */
	{22890, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules */
	{22932, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/permission-settings */
	{22975, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/test/flaky-test-management/tests */
	{22975, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/test/flaky-test-management/tests */
	{23016, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/usage/summary/available_fields */
	{23055, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/user_authorized_clients/client/{client_id} */
	{23106, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/identity_providers */
	{23149, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/invitations */
	{23185, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_uuid}/memberships */
	{23223, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/orgs */
	{23252, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/permissions */
	{23288, CP_EP_GET, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts */
	{23288, CP_EP_POST, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts */
	{23341, CP_EP_GET, KEY | APP}, /* /api/v2/widgets/{experience_type}/{uuid} */
	{23341, CP_EP_PUT, KEY | APP}, /* /api/v2/widgets/{experience_type}/{uuid} */
	{23341, CP_EP_DELETE, KEY | APP}, /* /api/v2/widgets/{experience_type}/{uuid} */
	{23382, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/workflows/{workflow_id}/instances */
	{23382, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/workflows/{workflow_id}/instances */
	{23424, CP_EP_GET, KEY | APP}, /* /api/unstable/fleet/agents/{agent_key}/tracers */
	{23471, CP_EP_POST, KEY | APP}, /* /api/unstable/fleet/schedules/{id}/trigger */
	{23514, CP_EP_GET, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom */
	{23561, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual/{list_id} */
	{23561, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual/{list_id} */
	{23561, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/lists/manual/{list_id} */
	{23602, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token}/invitation */
	{23602, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token}/invitation */
	{23602, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v1/dashboard/public/{token}/invitation */
	{23646, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs/check_async */
	{23687, CP_EP_GET, KEY | APP}, /* /api/v1/integration/aws/logs/services */
	{23687, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs/services */
	{23725, CP_EP_POST, KEY | APP}, /* /api/v1/integration/aws/logs/services_async */
	{23769, CP_EP_POST, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services */
	{23822, CP_EP_POST, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables */
	{23882, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/integration/webhooks/configuration/webhooks */
	{23934, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/indexes/{name} */
	{23934, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/indexes/{name} */
	{23934, CP_EP_DELETE, KEY | APP}, /* /api/v1/logs/config/indexes/{name} */
	{23969, CP_EP_GET, KEY | APP}, /* /api/v1/logs/config/pipelines/{pipeline_id} */
	{23969, CP_EP_PUT, KEY | APP}, /* /api/v1/logs/config/pipelines/{pipeline_id} */
	{23969, CP_EP_DELETE, KEY | APP}, /* /api/v1/logs/config/pipelines/{pipeline_id} */
	{24013, CP_EP_PATCH, KEY | APP}, /* /api/v1/security_analytics/signals/{signal_id}/add_to_incident */
	{24076, CP_EP_PATCH, KEY | APP}, /* /api/v1/security_analytics/signals/{signal_id}/assignee */
	{24132, CP_EP_PATCH, KEY | APP}, /* /api/v1/security_analytics/signals/{signal_id}/state */
	{24185, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/ci/batch/{batch_id} */
	{24224, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/api/{public_id} */
	{24224, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/api/{public_id} */
	{24265, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id} */
	{24265, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id} */
	{24310, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/mobile/{public_id} */
	{24310, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/mobile/{public_id} */
	{24354, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/trigger/ci */
	{24390, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id}/results */
	{24435, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id}/status */
	{24479, CP_EP_POST, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items/bulk */
	{24479, CP_EP_DELETE, KEY | APP}, /* /api/v2/actions-datastores/{datastore_id}/items/bulk */
	{24532, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws/{account_id} */
	{24532, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws/{account_id} */
	{24532, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/aws/{account_id} */
	{24585, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure/{subscription_id} */
	{24585, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure/{subscription_id} */
	{24585, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/azure/{subscription_id} */
	{24645, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp/{project_id} */
	{24645, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp/{project_id} */
	{24645, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/accounts/gcp/{project_id} */
	{24698, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/agentless_scanning/ondemand/aws/{task_id} */
	{24748, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api/{id}/openapi */
	{24748, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/apicatalog/api/{id}/openapi */
	{24784, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/metrics/{metric_id} */
	{24784, CP_EP_PATCH, KEY | APP}, /* /api/v2/apm/config/metrics/{metric_id} */
	{24784, CP_EP_DELETE, KEY | APP}, /* /api/v2/apm/config/metrics/{metric_id} */
	{24823, CP_EP_GET, KEY | APP}, /* /api/v2/apm/config/retention-filters/{filter_id} */
	{24823, CP_EP_PUT, KEY | APP}, /* /api/v2/apm/config/retention-filters/{filter_id} */
	{24823, CP_EP_DELETE, KEY | APP}, /* /api/v2/apm/config/retention-filters/{filter_id} */
	{24872, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/deployment */
	{24872, CP_EP_DELETE, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/deployment */
	{24917, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/favorite */
	{24960, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/protection-level */
	{25011, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/publish-request */
	{25061, CP_EP_POST, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/revert */
	{25102, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/self-service */
	{25149, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/tags */
	{25188, CP_EP_PATCH, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/version-name */
	{25235, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/apps/{app_id}/versions */
	{25278, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprints/integration-id/{integration_id} */
	{25341, CP_EP_GET, KEY | APP}, /* /api/v2/app-builder/blueprints/slugs/{slugs} */
	{25386, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/favorites */
	{25386, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/favorites */
	{25432, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules */
	{25432, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules */
	{25487, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules */
	{25487, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules */
	{25529, CP_EP_GET, KEY | APP}, /* /api/v2/cases/types/{case_type_id}/custom_attributes */
	{25529, CP_EP_POST, KEY | APP}, /* /api/v2/cases/types/{case_type_id}/custom_attributes */
	{25582, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/comment/{cell_id} */
	{25582, CP_EP_DELETE, KEY | APP}, /* /api/v2/cases/{case_id}/comment/{cell_id} */
	{25624, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/custom_attributes/{custom_attribute_key} */
	{25624, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/custom_attributes/{custom_attribute_key} */
	{25689, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/incidents */
	{25737, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/jira_issues */
	{25737, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/jira_issues */
	{25737, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/jira_issues */
	{25787, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/notebook */
	{25834, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/project */
	{25880, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/relationships/servicenow_tickets */
	{25937, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/watchers/{user_uuid} */
	{25937, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/{case_id}/watchers/{user_uuid} */
	{25982, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id}/branch */
	{26050, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/pipelines/analytics/aggregate */
	{26091, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/pipelines/events/search */
	{26126, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/policies */
	{26126, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/policies */
	{26173, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/service */
	{26173, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/service */
	{26173, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/ci/test-optimization/settings/service */
	{26219, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/tests/analytics/aggregate */
	{26256, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/ci/tests/events/search */
	{26287, CP_EP_GET, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping/{persona_mapping_id} */
	{26287, CP_EP_DELETE, KEY | APP}, /* /api/v2/cloud_auth/aws/persona_mapping/{persona_mapping_id} */
	{26347, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks/{handle}/{version} */
	{26347, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks/{handle}/{version} */
	{26347, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cloud_security_management/custom_frameworks/{handle}/{version} */
	{26418, CP_EP_POST, 0}, /* /api/v2/cost/budget/csv/validate */
	{26451, CP_EP_GET, KEY | APP}, /* /api/v2/cost/budget/{budget_id}/custom-forecast */
	{26451, CP_EP_DELETE, KEY | APP}, /* /api/v2/cost/budget/{budget_id}/custom-forecast */
	{26499, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/coverage/scalar */
	{26540, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/coverage/timeseries */
	{26585, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/on-demand-hot-spots/scalar */
	{26637, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/savings/scalar */
	{26677, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/savings/timeseries */
	{26721, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/utilization/scalar */
	{26765, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/commitments/utilization/timeseries */
	{26813, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cost/tag_descriptions/{tag_key}/generate */
	{26862, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/coverage_analysis/cloud_accounts */
	{26918, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/coverage_analysis/hosts_and_containers */
	{26980, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/coverage_analysis/serverless */
	{27032, CP_EP_GET, KEY | APP}, /* /api/v2/csm/onboarding/serverless/agents */
	{27073, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/settings/untagged */
	{27113, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/history */
	{27157, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type} */
	{27206, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/agentless_hosts/facet_info */
	{27254, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/agentless_hosts/facets */
	{27298, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/hosts/facet_info */
	{27336, CP_EP_GET, KEY | APP}, /* /api/v2/csm/settings/hosts/facets */
	{27370, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed */
	{27423, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/data-observability/monitors/{monitor_id}/run */
	{27476, CP_EP_POST, KEY | APP}, /* /api/v2/ddsql/query/tabular/fetch */
	{27510, CP_EP_PUT, KEY | APP}, /* /api/v2/deletion/requests/{id}/cancel */
	{27548, CP_EP_GET, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules/{id} */
	{27548, CP_EP_PUT, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules/{id} */
	{27548, CP_EP_DELETE, KEY | APP}, /* /api/v2/deployment_gates/{gate_id}/rules/{id} */
	{27594, CP_EP_GET, KEY | APP}, /* /api/v2/deployments/gates/evaluation/{id} */
	{27636, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id}/assignee */
	{27636, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id}/assignee */
	{27686, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/error-tracking/issues/{issue_id}/state */
	{27733, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/pause */
	{27803, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/resume */
	{27874, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/start */
	{27944, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/exposure-schedules/{exposure_schedule_id}/stop */
	{28013, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/variants/{variant_id} */
	{28013, CP_EP_DELETE, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/variants/{variant_id} */
	{28075, CP_EP_POST, KEY | APP}, /* /api/v2/fleet/deployments/{deployment_id}/cancel */
	{28124, CP_EP_POST, KEY | APP}, /* /api/v2/forms/{form_id}/versions/upsert_and_publish */
	{28176, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type}/detections */
	{28231, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type}/notification_settings */
	{28231, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/governance/control/{detection_type}/notification_settings */
	{28297, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{28297, CP_EP_POST, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{28297, CP_EP_PUT, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{28297, CP_EP_DELETE, KEY | APP}, /* /api/v2/incidents/config/global/incident-handles */
	{28346, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/global/settings */
	{28346, CP_EP_PATCH, KEY | APP}, /* /api/v2/incidents/config/global/settings */
	{28387, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-chat-configurations/{id} */
	{28444, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/google-meet-configurations/{id} */
	{28501, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields/{field_id} */
	{28501, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/impact-fields/{field_id} */
	{28551, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules/{id} */
	{28551, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules/{id} */
	{28551, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-rules/{id} */
	{28600, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates/{id} */
	{28600, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates/{id} */
	{28600, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/notification-templates/{id} */
	{28653, CP_EP_GET, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates/{template_id} */
	{28653, CP_EP_PATCH, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates/{template_id} */
	{28653, CP_EP_DELETE, KEY | APP}, /* /api/v2/incidents/config/postmortem-templates/{template_id} */
	{28713, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules/{rule_id} */
	{28713, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules/{rule_id} */
	{28713, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/rules/{rule_id} */
	{28754, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/org-settings */
	{28798, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id} */
	{28798, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id} */
	{28798, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id} */
	{28848, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields/{field_id} */
	{28848, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields/{field_id} */
	{28848, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-fields/{field_id} */
	{28904, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles/{role_id} */
	{28904, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles/{role_id} */
	{28904, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/user-defined-roles/{role_id} */
	{28958, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/ai/postmortem */
	{29004, CP_EP_POST, KEY | APP}, /* /api/v2/incidents/{incident_id}/attachments/postmortems */
	{29060, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/attachments/{attachment_id} */
	{29060, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/attachments/{attachment_id} */
	{29120, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/cases/page */
	{29163, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts/{impact_id} */
	{29163, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/impacts/{impact_id} */
	{29215, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/pages/link */
	{29258, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations */
	{29258, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations */
	{29317, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos */
	{29317, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos */
	{29369, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders/{responder_id} */
	{29369, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/responders/{responder_id} */
	{29427, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides/{id} */
	{29427, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/timestamp-overrides/{id} */
	{29484, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id} */
	{29484, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id} */
	{29484, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id} */
	{29541, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/iam_permissions/resource_collection */
	{29601, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/iam_permissions/standard */
	{29650, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/logs/services */
	{29688, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/gcp/accounts/{account_id} */
	{29688, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/gcp/accounts/{account_id} */
	{29734, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id} */
	{29734, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id} */
	{29806, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/jira/accounts/{account_id} */
	{29853, CP_EP_GET, KEY | APP}, /* /api/v2/integration/jira/issue-templates/{issue_template_id} */
	{29853, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/jira/issue-templates/{issue_template_id} */
	{29853, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/jira/issue-templates/{issue_template_id} */
	{29914, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles */
	{29914, CP_EP_POST, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles */
	{29978, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles */
	{29978, CP_EP_POST, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles */
	{30047, CP_EP_GET, KEY | APP}, /* /api/v2/integration/oci/tenancies/{tenancy_ocid} */
	{30047, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/oci/tenancies/{tenancy_ocid} */
	{30047, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/oci/tenancies/{tenancy_ocid} */
	{30096, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/opsgenie/accounts/{account_id} */
	{30096, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/opsgenie/accounts/{account_id} */
	{30147, CP_EP_GET, KEY | APP}, /* /api/v2/integration/opsgenie/services/{integration_service_id} */
	{30147, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/opsgenie/services/{integration_service_id} */
	{30147, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/opsgenie/services/{integration_service_id} */
	{30210, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates/{incident_template_id} */
	{30210, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/salesforce-incidents/incident-templates/{incident_template_id} */
	{30293, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/salesforce-incidents/organizations/{salesforce_org_id} */
	{30368, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/assignment_groups/{instance_id} */
	{30431, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/business_services/{instance_id} */
	{30494, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/handles/{template_id} */
	{30494, CP_EP_PUT, KEY | APP}, /* /api/v2/integration/servicenow/handles/{template_id} */
	{30494, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/servicenow/handles/{template_id} */
	{30547, CP_EP_GET, KEY | APP}, /* /api/v2/integration/servicenow/users/{instance_id} */
	{30598, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/statuspage/url_settings/{statuspage_url_setting_id} */
	{30598, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/statuspage/url_settings/{statuspage_url_setting_id} */
	{30670, CP_EP_GET, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method */
	{30725, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts/{account_id} */
	{30725, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts/{account_id} */
	{30725, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/cloudflare/accounts/{account_id} */
	{30779, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id} */
	{30779, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id} */
	{30779, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id} */
	{30838, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id} */
	{30838, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id} */
	{30838, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id} */
	{30888, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/okta/accounts/{account_id} */
	{30888, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/okta/accounts/{account_id} */
	{30888, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/okta/accounts/{account_id} */
	{30936, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id} */
	{30936, CP_EP_DELETE, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id} */
	{30984, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experimentation/analytics */
	{31029, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experimentation/search */
	{31071, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experimentation/simple-search */
	{31120, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/delete */
	{31158, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/{experiment_id} */
	{31205, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/projects/delete */
	{31240, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/projects/{project_id} */
	{31281, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id} */
	{31281, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id} */
	{31281, CP_EP_DELETE, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id} */
	{31320, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/spans/events */
	{31352, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs/latest */
	{31402, CP_EP_DELETE, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-configs/{config_id} */
	{31457, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-runs/status */
	{31504, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/topic-discovery-topics/with-cluster-points */
	{31566, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets */
	{31566, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets */
	{31607, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id} */
	{31607, CP_EP_PUT, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id} */
	{31607, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id} */
	{31649, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/custom-destinations/{custom_destination_id} */
	{31649, CP_EP_PATCH, KEY | APP}, /* /api/v2/logs/config/custom-destinations/{custom_destination_id} */
	{31649, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/custom-destinations/{custom_destination_id} */
	{31713, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/metrics/{metric_id} */
	{31713, CP_EP_PATCH, KEY | APP}, /* /api/v2/logs/config/metrics/{metric_id} */
	{31713, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/metrics/{metric_id} */
	{31753, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{31753, CP_EP_PUT, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{31753, CP_EP_PATCH, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{31753, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id} */
	{31816, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id}/artifacts */
	{31870, CP_EP_POST, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id}/star */
	{31870, CP_EP_DELETE, KEY | APP}, /* /api/v2/model-lab-api/projects/{project_id}/star */
	{31919, CP_EP_GET, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id}/artifacts */
	{31965, CP_EP_POST, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id}/pin */
	{31965, CP_EP_DELETE, KEY | APP}, /* /api/v2/model-lab-api/runs/{run_id}/pin */
	{32005, CP_EP_POST, KEY | APP}, /* /api/v2/monitor/template/{template_id}/validate */
	{32053, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/tags/devices/{device_id} */
	{32053, CP_EP_PATCH, KEY | APP}, /* /api/v2/ndm/tags/devices/{device_id} */
	{32090, CP_EP_GET, KEY | APP}, /* /api/v2/ndm/tags/interfaces/{interface_id} */
	{32090, CP_EP_PATCH, KEY | APP}, /* /api/v2/ndm/tags/interfaces/{interface_id} */
	{32133, CP_EP_GET, KEY | APP}, /* /api/v2/oauth2/clients/{client_uuid}/scopes_restriction */
	{32133, CP_EP_POST, KEY | APP}, /* /api/v2/oauth2/clients/{client_uuid}/scopes_restriction */
	{32133, CP_EP_DELETE, KEY | APP}, /* /api/v2/oauth2/clients/{client_uuid}/scopes_restriction */
	{32189, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages/{page_id}/acknowledge */
	{32233, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages/{page_id}/escalate */
	{32274, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/pages/{page_id}/resolve */
	{32314, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id}/on-call */
	{32362, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/schedules/{schedule_id}/responders */
	{32413, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/teams/{team_id}/on-call */
	{32453, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/teams/{team_id}/routing-rules */
	{32453, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/teams/{team_id}/routing-rules */
	{32499, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels */
	{32499, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels */
	{32553, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules */
	{32553, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules */
	{32604, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id}/user/{user_id} */
	{32677, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/org_authorized_clients/{org_authorized_client_id}/user_authorized_clients/{user_authorized_client_id} */
	{32787, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connection */
	{32787, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connection */
	{32841, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connections */
	{32896, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows */
	{32896, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows */
	{32896, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows */
	{32938, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules */
	{32938, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules */
	{32985, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/policy */
	{32985, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/cws/policy */
	{33027, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots/{snapshot_id} */
	{33027, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/replay/heatmap/snapshots/{snapshot_id} */
	{33074, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/dataset/{dataset_id}/schedules */
	{33123, CP_EP_PATCH, KEY | APP}, /* /api/v2/reporting/schedule/{schedule_uuid}/toggle */
	{33173, CP_EP_GET, KEY | APP}, /* /api/v2/reporting/schedule/{resource_type}/{resource_id} */
	{33230, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters */
	{33230, CP_EP_POST, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters */
	{33282, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config/metrics/{metric_id} */
	{33282, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/config/metrics/{metric_id} */
	{33282, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/config/metrics/{metric_id} */
	{33321, CP_EP_GET, KEY | APP}, /* /api/v2/rum/operations/by-name/{name} */
	{33359, CP_EP_POST, KEY | APP}, /* /api/v2/rum/query/insight/aggregated_long_tasks */
	{33407, CP_EP_POST, KEY | APP}, /* /api/v2/rum/query/insight/aggregated_signals_problems */
	{33461, CP_EP_POST, KEY | APP}, /* /api/v2/rum/query/insight/aggregated_waterfall */
	{33508, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id} */
	{33508, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id} */
	{33508, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id} */
	{33551, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/viewership-history/sessions */
	{33598, CP_EP_GET, KEY | APP}, /* /api/v2/security/asm/services/{service_filter} */
	{33645, CP_EP_GET, KEY | APP}, /* /api/v2/security/cloud_workload/policy/download */
	{33693, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules */
	{33693, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules */
	{33745, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules */
	{33745, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules */
	{33793, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules */
	{33793, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules */
	{33854, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules */
	{33854, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules */
	{33913, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security/findings/cases/{case_id} */
	{33955, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security/siem/ioc-explorer/indicator */
	{34000, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security/siem/ioc-explorer/triage */
	{34042, CP_EP_GET, KEY | APP}, /* /api/v2/security/signals/notification_rules/{id} */
	{34042, CP_EP_PATCH, KEY | APP}, /* /api/v2/security/signals/notification_rules/{id} */
	{34042, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/signals/notification_rules/{id} */
	{34091, CP_EP_GET, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules/{id} */
	{34091, CP_EP_PATCH, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules/{id} */
	{34091, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/vulnerabilities/notification_rules/{id} */
	{34148, CP_EP_GET, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id} */
	{34148, CP_EP_PATCH, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id} */
	{34148, CP_EP_DELETE, KEY | APP}, /* /api/v2/security_monitoring/cloud_workload_security/agent_rules/{agent_rule_id} */
	{34228, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id} */
	{34228, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id} */
	{34228, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/{critical_asset_id} */
	{34306, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/validate */
	{34376, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id} */
	{34376, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id} */
	{34376, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id} */
	{34461, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/notification_rules/send_notification_preview */
	{34548, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/versions */
	{34616, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/{security_filter_id} */
	{34616, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/{security_filter_id} */
	{34616, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/security_filters/{security_filter_id} */
	{34696, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/rules */
	{34757, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/validation */
	{34823, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id} */
	{34823, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id} */
	{34823, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id} */
	{34895, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/content_packs/{content_pack_id}/activate */
	{34964, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/content_packs/{content_pack_id}/deactivate */
	{35035, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id}/version_history */
	{35101, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/convert/bulk */
	{35148, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id}/convert */
	{35200, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id}/test */
	{35249, CP_EP_GET, KEY | APP}, /* /api/v2/security_monitoring/rules/{rule_id}/version_history */
	{35309, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions/bulk */
	{35378, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/sample_log_generation/subscriptions/{content_pack_id} */
	{35460, CP_EP_PATCH, KEY | APP}, /* /api/v2/security_monitoring/signals/bulk/assignee */
	{35510, CP_EP_PATCH, KEY | APP}, /* /api/v2/security_monitoring/signals/bulk/state */
	{35557, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/bulk/update */
	{35605, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/assignee */
	{35662, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/entities */
	{35719, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/incidents */
	{35777, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/investigation_queries */
	{35847, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/state */
	{35901, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/suggested_actions */
	{35967, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/signals/{signal_id}/update */
	{36022, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/terraform/{resource_type}/bulk */
	{36081, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/terraform/{resource_type}/convert */
	{36143, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/terraform/{resource_type}/{resource_id} */
	{36211, CP_EP_PATCH, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/groups/{group_id} */
	{36211, CP_EP_DELETE, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/groups/{group_id} */
	{36267, CP_EP_PATCH, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/rules/{rule_id} */
	{36267, CP_EP_DELETE, KEY | APP}, /* /api/v2/sensitive-data-scanner/config/rules/{rule_id} */
	{36321, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens/{token_id} */
	{36321, CP_EP_PATCH, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens/{token_id} */
	{36321, CP_EP_DELETE, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/access_tokens/{token_id} */
	{36392, CP_EP_GET, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id} */
	{36392, CP_EP_PATCH, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id} */
	{36392, CP_EP_DELETE, KEY | APP}, /* /api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id} */
	{36468, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id}/cancel */
	{36524, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/siem-historical-detections/jobs/{job_id}/histsignals */
	{36585, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/slo/report/{report_id}/download */
	{36625, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/slo/report/{report_id}/status */
	{36663, CP_EP_GET, AUTHZ}, /* /api/v2/spa/recommendations/{service}/{shard} */
	{36709, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/ai/memory/{id} */
	{36748, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name} */
	{36748, CP_EP_PATCH, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name} */
	{36748, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name} */
	{36799, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name} */
	{36799, CP_EP_PATCH, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name} */
	{36799, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name} */
	{36854, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/node-types/{language} */
	{36923, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis/static-analysis-server/tree-sitter-wasm/{file} */
	{36994, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/static-analysis-sca/dependencies/scan/{job_id} */
	{37049, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components/{component_id} */
	{37049, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components/{component_id} */
	{37049, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/components/{component_id} */
	{37105, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates/{template_id} */
	{37105, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates/{template_id} */
	{37105, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradation_templates/{template_id} */
	{37171, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/backfill */
	{37223, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id} */
	{37223, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id} */
	{37223, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id} */
	{37283, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates/{template_id} */
	{37283, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates/{template_id} */
	{37283, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenance_templates/{template_id} */
	{37349, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/backfill */
	{37401, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/{maintenance_id} */
	{37401, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/{maintenance_id} */
	{37461, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/api-multistep/subtests/{public_id} */
	{37515, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/synthetics/suites/{public_id}/jsonpatch */
	{37563, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/fast/{id} */
	{37598, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/network/{public_id} */
	{37598, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/network/{public_id} */
	{37643, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/parent-suites */
	{37694, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/results */
	{37739, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/version_history */
	{37792, CP_EP_PATCH, KEY | APP}, /* /api/v2/synthetics/variables/{variable_id}/jsonpatch */
	{37845, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links/{link_id} */
	{37845, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links/{link_id} */
	{37845, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/links/{link_id} */
	{37884, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{super_team_id}/member_teams/{member_team_id} */
	{37943, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships/{user_id} */
	{37943, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/memberships/{user_id} */
	{37988, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules/{rule_id} */
	{37988, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules/{rule_id} */
	{37988, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/notification-rules/{rule_id} */
	{38040, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/team/{team_id}/permission-settings/{action} */
	{38092, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/users/{user_id}/relationships/identity_providers */
	{38149, CP_EP_GET, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts/{account_id} */
	{38149, CP_EP_PATCH, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts/{account_id} */
	{38149, CP_EP_DELETE, KEY | APP}, /* /api/v2/web-integrations/{integration_name}/accounts/{account_id} */
	{38215, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/workflows/{workflow_id}/instances/{instance_id} */
	{38271, CP_EP_GET, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom/{eval_name} */
	{38271, CP_EP_PUT, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom/{eval_name} */
	{38271, CP_EP_DELETE, KEY | APP}, /* /api/unstable/llm-obs/config/evaluators/custom/{eval_name} */
	{38330, CP_EP_GET, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services/{service_name} */
	{38330, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services/{service_name} */
	{38330, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/pagerduty/configuration/services/{service_name} */
	{38398, CP_EP_GET, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} */
	{38398, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} */
	{38398, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} */
	{38481, CP_EP_GET, KEY | APP}, /* /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} */
	{38481, CP_EP_PUT, KEY | APP}, /* /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} */
	{38481, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} */
	{38548, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id}/results */
	{38601, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/{public_id}/results/{result_id} */
	{38658, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules/{notification_rule_id} */
	{38658, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/notification_rules/{notification_rule_id} */
	{38736, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id} */
	{38736, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id} */
	{38736, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id} */
	{38788, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/cases/types/{case_type_id}/custom_attributes/{custom_attribute_id} */
	{38788, CP_EP_DELETE, KEY | APP}, /* /api/v2/cases/types/{case_type_id}/custom_attributes/{custom_attribute_id} */
	{38863, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id}/decisions/{decision_id} */
	{38863, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/change-management/change-request/{change_request_id}/decisions/{decision_id} */
	{38948, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type}/evidence */
	{39006, CP_EP_POST, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type}/feedback */
	{39064, CP_EP_GET, KEY | APP}, /* /api/v2/csm/ownership/{resource_id}/{owner_type}/history */
	{39121, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{39121, CP_EP_POST, KEY | APP}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{39121, CP_EP_PUT, KEY | APP}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{39121, CP_EP_DELETE, KEY | APP}, /* /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards */
	{39183, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token} */
	{39183, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token} */
	{39183, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/dashboard/{dashboard_id}/shared/secure-embed/{token} */
	{39244, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/data-observability/monitors/runs/{run_id}/status */
	{39301, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/allocations */
	{39301, CP_EP_PUT, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/allocations */
	{39383, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/disable */
	{39461, CP_EP_POST, KEY | APP}, /* /api/v2/feature-flags/{feature_flag_id}/environments/{environment_id}/enable */
	{39538, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/config/types/{incident_type_id}/org-settings */
	{39601, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id} */
	{39601, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id} */
	{39601, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id} */
	{39686, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos/{todo_id} */
	{39686, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos/{todo_id} */
	{39686, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/incidents/{incident_id}/relationships/todos/{todo_id} */
	{39748, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{39748, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{39748, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{39748, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/ccm_config */
	{39816, CP_EP_GET, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/metric_name_filter_preview */
	{39816, CP_EP_POST, KEY | APP}, /* /api/v2/integration/aws/accounts/{aws_account_config_id}/metric_name_filter_preview */
	{39900, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/delegated-user */
	{39900, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/delegated-user */
	{39987, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles */
	{39987, CP_EP_POST, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles */
	{40080, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences */
	{40080, CP_EP_POST, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences */
	{40169, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id} */
	{40169, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id} */
	{40169, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/tenant-based-handles/{handle_id} */
	{40245, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/user-binding/{tenant_id} */
	{40313, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id} */
	{40313, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id} */
	{40313, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/workflows-webhook-handles/{handle_id} */
	{40394, CP_EP_POST, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials */
	{40475, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources */
	{40475, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources */
	{40544, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services */
	{40544, CP_EP_POST, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services */
	{40603, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotated-interactions */
	{40674, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations */
	{40734, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions */
	{40795, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/label-schema */
	{40795, CP_EP_PUT, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/label-schema */
	{40856, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/{experiment_id}/events */
	{40856, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/experiments/{experiment_id}/events */
	{40910, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/integrations/{integration}/accounts */
	{40965, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions */
	{40965, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions */
	{41013, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/spans/events/search */
	{41052, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/delete */
	{41100, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id} */
	{41154, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v2/experiments/{experiment_id}/events */
	{41208, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v3/experiments/{experiment_id}/events */
	{41262, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id}/readers */
	{41262, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id}/readers */
	{41262, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/archives/{archive_id}/readers */
	{41312, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/role/{role_id} */
	{41367, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/user/{user_id} */
	{41422, CP_EP_GET, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id}/roles */
	{41422, CP_EP_POST, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id}/roles */
	{41422, CP_EP_DELETE, KEY | APP}, /* /api/v2/logs/config/restriction_queries/{restriction_query_id}/roles */
	{41491, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels/{channel_id} */
	{41491, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-channels/{channel_id} */
	{41558, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} */
	{41558, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} */
	{41558, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} */
	{41619, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/product-analytics/{entity}/mapping/connection/{id} */
	{41678, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/reference-tables/tables/{id}/rows/list */
	{41725, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules */
	{41725, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules */
	{41777, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters */
	{41777, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters */
	{41834, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies */
	{41834, CP_EP_POST, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies */
	{41882, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules/{agent_rule_id} */
	{41882, CP_EP_PATCH, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules/{agent_rule_id} */
	{41882, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/cws/agent_rules/{agent_rule_id} */
	{41945, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/download */
	{41996, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/{policy_id} */
	{41996, CP_EP_PATCH, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/{policy_id} */
	{41996, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/cws/policy/{policy_id} */
	{42050, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/rum/configs/{config_id} */
	{42050, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/rum/configs/{config_id} */
	{42105, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{app_id}/relationships/retention_filters */
	{42171, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/permanent */
	{42233, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/{rf_id} */
	{42233, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/{rf_id} */
	{42233, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/{rf_id} */
	{42293, CP_EP_GET, KEY | APP}, /* /api/v2/rum/config/retention-quota/{scope_type}/{scope_id} */
	{42293, CP_EP_PUT, KEY | APP}, /* /api/v2/rum/config/retention-quota/{scope_type}/{scope_id} */
	{42293, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/config/retention-quota/{scope_type}/{scope_id} */
	{42352, CP_EP_PUT, KEY | APP}, /* /api/v2/rum/operations/strong_links/{rum_operation_id}/{feature_id} */
	{42352, CP_EP_DELETE, KEY | APP}, /* /api/v2/rum/operations/strong_links/{rum_operation_id}/{feature_id} */
	{42420, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions */
	{42420, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions */
	{42472, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/watchers */
	{42522, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/watches */
	{42522, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/watches */
	{42571, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/reorder */
	{42631, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/{rule_id} */
	{42631, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/{rule_id} */
	{42631, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/due_date_rules/{rule_id} */
	{42693, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/reorder */
	{42749, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/{rule_id} */
	{42749, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/{rule_id} */
	{42749, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/mute_rules/{rule_id} */
	{42807, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/reorder */
	{42876, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/{rule_id} */
	{42876, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/{rule_id} */
	{42876, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/severity_modifier_rules/{rule_id} */
	{42947, CP_EP_POST, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/reorder */
	{43014, CP_EP_GET, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/{rule_id} */
	{43014, CP_EP_PUT, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/{rule_id} */
	{43014, CP_EP_DELETE, KEY | APP}, /* /api/v2/security/findings/automation/ticket_creation_rules/{rule_id} */
	{43083, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/critical_assets/rules/{rule_id} */
	{43157, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/entra_id/azure_app_registrations */
	{43251, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_type}/activate */
	{43340, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_type}/deactivate */
	{43431, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/integration_config/{integration_config_id}/validate */
	{43525, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/rules/{rule_id} */
	{43596, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/configuration/suppressions/{suppression_id}/version_history */
	{43684, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/datasets/{dataset_id}/version/{version} */
	{43752, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/security_monitoring/rules/{rule_id}/restore/{version} */
	{43814, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules */
	{43871, CP_EP_PUT, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules */
	{43932, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/api-multistep/subtests/{public_id}/parents */
	{43994, CP_EP_PUT, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id}/tests/{test_id} */
	{43994, CP_EP_DELETE, KEY | APP}, /* /api/v2/synthetics/downtimes/{downtime_id}/tests/{test_id} */
	{44053, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/browser/{public_id}/results */
	{44106, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/download */
	{44158, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/multipart-presigned-urls */
	{44226, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/multipart-upload-abort */
	{44292, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/files/multipart-upload-complete */
	{44361, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/results/{result_id} */
	{44418, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/{public_id}/version_history/{version_number} */
	{44488, CP_EP_PUT, KEY | APP}, /* /api/v2/workflows/{workflow_id}/instances/{instance_id}/cancel */
	{44551, CP_EP_GET, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels */
	{44551, CP_EP_POST, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels */
	{44624, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v1/synthetics/tests/browser/{public_id}/results/{result_id} */
	{44689, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id}/disable */
	{44749, CP_EP_POST, KEY | APP | AUTHZ}, /* /api/v2/cases/projects/{project_id}/rules/{rule_id}/enable */
	{44808, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id} */
	{44808, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id} */
	{44808, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/organization-handles/{handle_id} */
	{44913, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id} */
	{44913, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id} */
	{44913, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/google-chat/organizations/{organization_binding_id}/target-audiences/{target_audience_id} */
	{45023, CP_EP_GET, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id} */
	{45023, CP_EP_PATCH, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id} */
	{45023, CP_EP_DELETE, KEY | APP}, /* /api/v2/integration/webhooks/configuration/auth-method/oauth2-client-credentials/{auth_method_id} */
	{45121, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id} */
	{45121, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id} */
	{45121, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/confluent-cloud/accounts/{account_id}/resources/{resource_id} */
	{45204, CP_EP_GET, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} */
	{45204, CP_EP_PATCH, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} */
	{45204, CP_EP_DELETE, KEY | APP}, /* /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} */
	{45276, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/annotations/delete */
	{45343, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/annotation-queues/{queue_id}/interactions/delete */
	{45411, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/integrations/{integration}/{account_id}/inference */
	{45480, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/integrations/{integration}/{account_id}/models */
	{45546, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions/{version} */
	{45546, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/prompts/{prompt_id}/versions/{version} */
	{45604, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/batch_update */
	{45671, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/clone */
	{45731, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state */
	{45797, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/export */
	{45858, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records */
	{45858, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records */
	{45858, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records */
	{45920, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/restore */
	{45982, CP_EP_GET, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/versions */
	{46045, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id} */
	{46045, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id} */
	{46045, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/custom_rules/{custom_rule_id} */
	{46114, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id} */
	{46114, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id} */
	{46114, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/exclusion_filters/{exclusion_filter_id} */
	{46193, CP_EP_GET, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies/{policy_id} */
	{46193, CP_EP_PUT, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies/{policy_id} */
	{46193, CP_EP_DELETE, KEY | APP}, /* /api/v2/remote_config/products/asm/waf/policies/{policy_id} */
	{46253, CP_EP_GET, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/permanent/{permanent_rf_id} */
	{46253, CP_EP_PATCH, KEY | APP}, /* /api/v2/rum/applications/{app_id}/retention_filters/permanent/{permanent_rf_id} */
	{46333, CP_EP_PUT, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions/{session_id} */
	{46333, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/playlists/{playlist_id}/sessions/{session_id} */
	{46398, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name} */
	{46398, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name} */
	{46467, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name} */
	{46467, CP_EP_DELETE, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name} */
	{46540, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id}/updates/{update_id} */
	{46540, CP_EP_DELETE, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/degradations/{degradation_id}/updates/{update_id} */
	{46620, CP_EP_PATCH, KEY | APP | AUTHZ}, /* /api/v2/statuspages/{page_id}/maintenances/{maintenance_id}/updates/{update_id} */
	{46700, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/synthetics/tests/browser/{public_id}/results/{result_id} */
	{46765, CP_EP_GET, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} */
	{46765, CP_EP_PATCH, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} */
	{46765, CP_EP_DELETE, KEY | APP}, /* /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} */
	{46853, CP_EP_GET, KEY | APP}, /* /api/v2/integration/google-chat/organizations/app/named-spaces/{domain_name}/{space_display_name} */
	{46951, CP_EP_GET, KEY | APP}, /* /api/v2/integration/ms-teams/configuration/channel/{tenant_name}/{team_name}/{channel_name} */
	{47043, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/lock */
	{47114, CP_EP_PATCH, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/draft_state/unlock */
	{47187, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v1/{project_id}/datasets/{dataset_id}/records/delete */
	{47256, CP_EP_POST, KEY | APP}, /* /api/v2/llm-obs/v2/{project_id}/datasets/{dataset_id}/records/upload */
	{47325, CP_EP_GET, KEY | APP | AUTHZ}, /* /api/v2/rum/replay/sessions/{session_id}/views/{view_id}/segments */
	{47391, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47391, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47470, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47470, CP_EP_PUT, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions */
	{47553, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/ai/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id} */
	{47637, CP_EP_POST, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/revert */
	{47727, CP_EP_GET, KEY | APP}, /* /api/v2/static-analysis/custom/rulesets/{ruleset_name}/rules/{rule_name}/revisions/{id} */
};

/* {segment, its length, child node}, sorted per node by bytes */
const struct cp_ep_edge cp_ep_edges[] = {
	{13, 3, 1}, /* api */
	{3, 2, 2}, /* v1 */
	{23429, 8, 3}, /* unstable */
	{17, 2, 4}, /* v1 */
	{375, 2, 5}, /* v2 */
	{6, 5, 6}, /* input */
	{23438, 5, 7}, /* fleet */
	{23528, 7, 8}, /* llm-obs */
	{20, 7, 9}, /* api_key */
	{36, 15, 10}, /* application_key */
	{60, 9, 11}, /* check_run */
	{78, 20, 12}, /* daily_custom_reports */
	{107, 9, 13}, /* dashboard */
	{125, 19, 14}, /* distribution_points */
	{153, 8, 15}, /* downtime */
	{170, 6, 16}, /* events */
	{1906, 5, 17}, /* graph */
	{9164, 4, 18}, /* host */
	{185, 5, 19}, /* hosts */
	{1950, 11, 20}, /* integration */
	{9464, 4, 21}, /* logs */
	{2024, 12, 22}, /* logs-queries */
	{199, 7, 23}, /* metrics */
	{215, 7, 24}, /* monitor */
	{231, 22, 25}, /* monthly_custom_reports */
	{262, 9, 26}, /* notebooks */
	{280, 3, 27}, /* org */
	{292, 5, 28}, /* query */
	{306, 6, 29}, /* search */
	{24021, 18, 30}, /* security_analytics */
	{321, 6, 31}, /* series */
	{336, 3, 32}, /* slo */
	{24193, 10, 33}, /* synthetics */
	{2513, 4, 34}, /* tags */
	{2532, 5, 35}, /* usage */
	{348, 4, 36}, /* user */
	{361, 8, 37}, /* validate */
	{3396, 7, 38}, /* actions */
	{378, 18, 39}, /* actions-datastores */
	{10494, 18, 40}, /* agentless_scanning */
	{405, 10, 41}, /* annotation */
	{424, 15, 42}, /* anonymize_users */
	{448, 8, 43}, /* api_keys */
	{3604, 10, 44}, /* apicatalog */
	{10718, 3, 45}, /* apm */
	{3675, 11, 46}, /* app-builder */
	{465, 16, 47}, /* application_keys */
	{3794, 5, 48}, /* audit */
	{490, 14, 49}, /* authn_mappings */
	{3857, 7, 50}, /* bits-ai */
	{513, 5, 51}, /* cases */
	{4057, 7, 52}, /* catalog */
	{4126, 17, 53}, /* change-management */
	{11837, 2, 54}, /* ci */
	{11916, 10, 55}, /* cloud_auth */
	{4187, 25, 56}, /* cloud_security_management */
	{4290, 21, 57}, /* cloudinventoryservice */
	{12002, 13, 58}, /* code-coverage */
	{4332, 19, 59}, /* compliance_findings */
	{527, 16, 60}, /* container_images */
	{552, 10, 61}, /* containers */
	{12076, 4, 62}, /* cost */
	{4727, 11, 63}, /* cost_by_tag */
	{12836, 3, 64}, /* csm */
	{571, 12, 65}, /* current_user */
	{39129, 9, 66}, /* dashboard */
	{4856, 10, 67}, /* dashboards */
	{39252, 18, 68}, /* data-observability */
	{592, 8, 69}, /* datasets */
	{13128, 5, 70}, /* ddsql */
	{13156, 8, 71}, /* deletion */
	{609, 16, 72}, /* deployment_gates */
	{13229, 11, 73}, /* deployments */
	{634, 16, 74}, /* domain_allowlist */
	{4967, 4, 75}, /* dora */
	{659, 8, 76}, /* downtime */
	{13416, 14, 77}, /* error-tracking */
	{676, 6, 78}, /* events */
	{691, 13, 79}, /* feature-flags */
	{5235, 5, 80}, /* fleet */
	{713, 5, 81}, /* forms */
	{727, 11, 82}, /* global_orgs */
	{5392, 10, 83}, /* governance */
	{747, 4, 84}, /* hamr */
	{760, 18, 85}, /* identity_providers */
	{14132, 3, 86}, /* idp */
	{787, 9, 87}, /* incidents */
	{14927, 11, 88}, /* integration */
	{805, 12, 89}, /* integrations */
	{826, 12, 90}, /* ip_allowlist */
	{15986, 7, 91}, /* llm-obs */
	{16328, 5, 92}, /* login */
	{847, 4, 93}, /* logs */
	{860, 19, 94}, /* maintenance_windows */
	{888, 7, 95}, /* metrics */
	{17180, 13, 96}, /* model-lab-api */
	{5999, 7, 97}, /* monitor */
	{6081, 3, 98}, /* ndm */
	{17530, 7, 99}, /* network */
	{904, 23, 100}, /* network-health-insights */
	{17598, 6, 101}, /* oauth2 */
	{6148, 13, 102}, /* obs-pipelines */
	{6180, 7, 103}, /* on-call */
	{936, 3, 104}, /* org */
	{948, 22, 105}, /* org_authorized_clients */
	{979, 11, 106}, /* org_configs */
	{999, 15, 107}, /* org_connections */
	{1023, 21, 108}, /* org_group_memberships */
	{1053, 18, 109}, /* org_group_policies */
	{1080, 24, 110}, /* org_group_policy_configs */
	{1113, 26, 111}, /* org_group_policy_overrides */
	{1148, 28, 112}, /* org_group_policy_suggestions */
	{1185, 10, 113}, /* org_groups */
	{1204, 11, 114}, /* permissions */
	{1224, 22, 115}, /* personal_access_tokens */
	{6734, 18, 116}, /* posture_management */
	{1255, 10, 117}, /* powerpacks */
	{1274, 9, 118}, /* processes */
	{1292, 10, 119}, /* prodlytics */
	{17937, 17, 120}, /* product-analytics */
	{6837, 12, 121}, /* pruned_trace */
	{6869, 5, 122}, /* query */
	{18670, 16, 123}, /* reference-tables */
	{41733, 13, 124}, /* remote_config */
	{18751, 6, 125}, /* replay */
	{33082, 9, 126}, /* reporting */
	{7031, 18, 127}, /* restriction_policy */
	{1311, 5, 128}, /* roles */
	{18955, 3, 129}, /* rum */
	{1325, 19, 130}, /* saml_configurations */
	{7294, 9, 131}, /* scorecard */
	{7402, 5, 132}, /* seats */
	{33606, 8, 133}, /* security */
	{7580, 17, 134}, /* security-entities */
	{19826, 19, 135}, /* security_monitoring */
	{7768, 22, 136}, /* sensitive-data-scanner */
	{1353, 6, 137}, /* series */
	{1368, 16, 138}, /* service_accounts */
	{7806, 8, 139}, /* services */
	{7835, 26, 140}, /* siem-historical-detections */
	{7922, 3, 141}, /* slo */
	{1393, 8, 142}, /* snapshot */
	{1410, 10, 143}, /* sourcemaps */
	{21298, 3, 144}, /* spa */
	{21336, 5, 145}, /* spans */
	{21398, 15, 146}, /* static-analysis */
	{8089, 19, 147}, /* static-analysis-sca */
	{1429, 11, 148}, /* statuspages */
	{8226, 13, 149}, /* stegadography */
	{37469, 10, 150}, /* synthetics */
	{1449, 12, 151}, /* tag_policies */
	{8348, 4, 152}, /* tags */
	{1470, 4, 153}, /* team */
	{1483, 20, 154}, /* team-hierarchy-links */
	{22983, 4, 155}, /* test */
	{8477, 5, 156}, /* trace */
	{8502, 5, 157}, /* usage */
	{1512, 23, 158}, /* user_authorized_clients */
	{1544, 16, 159}, /* user_invitations */
	{1569, 5, 160}, /* users */
	{1583, 8, 161}, /* validate */
	{1600, 13, 162}, /* validate_keys */
	{23296, 16, 163}, /* web-integrations */
	{8966, 7, 164}, /* widgets */
	{1622, 9, 165}, /* workflows */
	{23444, 6, 166}, /* agents */
	{1652, 9, 167}, /* schedules */
	{1682, 7, 168}, /* tracers */
	{23536, 6, 169}, /* config */
	{9077, 5, 173}, /* lists */
	{1801, 6, 174}, /* public */
	{9140, 6, 176}, /* cancel */
	{1912, 8, 179}, /* snapshot */
	{1935, 6, 181}, /* totals */
	{1962, 3, 182}, /* aws */
	{1986, 5, 183}, /* azure */
	{2012, 3, 184}, /* gcp */
	{23789, 9, 185}, /* pagerduty */
	{44571, 5, 186}, /* slack */
	{23842, 8, 187}, /* webhooks */
	{9469, 6, 188}, /* config */
	{2037, 4, 189}, /* list */
	{2088, 10, 191}, /* can_delete */
	{9597, 6, 192}, /* groups */
	{2115, 6, 193}, /* search */
	{2138, 8, 194}, /* validate */
	{24040, 7, 199}, /* signals */
	{2287, 11, 200}, /* bulk_delete */
	{2311, 10, 201}, /* can_delete */
	{2334, 10, 202}, /* correction */
	{2357, 6, 203}, /* search */
	{24204, 2, 205}, /* ci */
	{2404, 9, 206}, /* locations */
	{2433, 17, 207}, /* private-locations */
	{9934, 8, 208}, /* settings */
	{2470, 5, 209}, /* tests */
	{2495, 9, 210}, /* variables */
	{2518, 5, 211}, /* hosts */
	{2538, 13, 212}, /* analyzed_logs */
	{2566, 10, 213}, /* audit_logs */
	{2591, 10, 214}, /* aws_lambda */
	{2616, 16, 215}, /* billable-summary */
	{2647, 6, 216}, /* ci-app */
	{2668, 4, 217}, /* cspm */
	{2687, 3, 218}, /* cws */
	{2705, 3, 219}, /* dbm */
	{2723, 7, 220}, /* fargate */
	{2745, 5, 221}, /* hosts */
	{2765, 18, 222}, /* hourly-attribution */
	{2798, 19, 223}, /* incident-management */
	{2832, 13, 224}, /* indexed-spans */
	{2860, 14, 225}, /* ingested-spans */
	{2889, 3, 226}, /* iot */
	{2907, 4, 227}, /* logs */
	{2926, 17, 228}, /* logs-by-retention */
	{2958, 13, 229}, /* logs_by_index */
	{2986, 19, 230}, /* monthly-attribution */
	{3020, 13, 231}, /* network_flows */
	{3048, 13, 232}, /* network_hosts */
	{3076, 14, 233}, /* online-archive */
	{3105, 9, 234}, /* profiling */
	{3129, 3, 235}, /* rum */
	{3147, 12, 236}, /* rum_sessions */
	{3174, 3, 237}, /* sds */
	{3192, 4, 238}, /* snmp */
	{3211, 7, 239}, /* summary */
	{3233, 10, 240}, /* synthetics */
	{3258, 14, 241}, /* synthetics_api */
	{3287, 18, 242}, /* synthetics_browser */
	{3320, 10, 243}, /* timeseries */
	{3345, 15, 244}, /* top_avg_metrics */
	{3404, 21, 246}, /* app_key_registrations */
	{3442, 11, 247}, /* connections */
	{3470, 18, 248}, /* execution-policies */
	{10513, 8, 250}, /* accounts */
	{10635, 8, 251}, /* ondemand */
	{10667, 4, 252}, /* page */
	{3615, 3, 255}, /* api */
	{3638, 7, 256}, /* openapi */
	{10722, 6, 257}, /* config */
	{3658, 8, 258}, /* services */
	{3687, 4, 259}, /* apps */
	{10881, 9, 260}, /* blueprint */
	{3712, 10, 261}, /* blueprints */
	{3743, 4, 262}, /* tags */
	{3800, 6, 264}, /* events */
	{3865, 14, 266}, /* investigations */
	{3894, 9, 267}, /* aggregate */
	{3918, 4, 268}, /* bulk */
	{3937, 5, 269}, /* count */
	{3957, 4, 270}, /* link */
	{3976, 8, 271}, /* projects */
	{3999, 5, 272}, /* types */
	{4019, 5, 273}, /* views */
	{4065, 6, 275}, /* entity */
	{4088, 4, 276}, /* kind */
	{4109, 8, 277}, /* relation */
	{4144, 14, 278}, /* change-request */
	{11840, 6, 279}, /* github */
	{4170, 8, 280}, /* pipeline */
	{26061, 9, 281}, /* pipelines */
	{26137, 17, 282}, /* test-optimization */
	{26230, 5, 283}, /* tests */
	{11927, 3, 284}, /* aws */
	{4213, 17, 285}, /* custom_frameworks */
	{4265, 16, 286}, /* resource_filters */
	{4312, 11, 287}, /* syncconfigs */
	{12016, 6, 288}, /* branch */
	{12053, 6, 289}, /* commit */
	{4352, 15, 290}, /* rule_based_view */
	{12081, 15, 291}, /* account_filters */
	{4381, 9, 292}, /* anomalies */
	{4404, 14, 293}, /* arbitrary_rule */
	{4432, 14, 294}, /* aws_cur_config */
	{4460, 15, 295}, /* azure_uc_config */
	{4489, 6, 296}, /* budget */
	{4509, 7, 297}, /* budgets */
	{12466, 11, 298}, /* commitments */
	{4530, 12, 299}, /* custom_costs */
	{4556, 13, 300}, /* gcp_uc_config */
	{4583, 10, 301}, /* oci_config */
	{4607, 15, 302}, /* recommendations */
	{4636, 16, 303}, /* tag_descriptions */
	{4666, 8, 304}, /* tag_keys */
	{4688, 12, 305}, /* tag_metadata */
	{4714, 4, 306}, /* tags */
	{4739, 25, 307}, /* active_billing_dimensions */
	{4785, 24, 308}, /* monthly_cost_attribution */
	{12840, 10, 309}, /* onboarding */
	{12870, 9, 310}, /* ownership */
	{12937, 8, 311}, /* settings */
	{4831, 16, 312}, /* application_keys */
	{39139, 5, 313}, /* lists */
	{4867, 5, 315}, /* usage */
	{39271, 8, 317}, /* monitors */
	{13134, 5, 319}, /* query */
	{13165, 4, 320}, /* data */
	{4920, 8, 321}, /* requests */
	{13241, 5, 323}, /* gates */
	{4972, 10, 324}, /* deployment */
	{4996, 11, 325}, /* deployments */
	{5021, 7, 326}, /* failure */
	{5042, 8, 327}, /* failures */
	{5064, 8, 328}, /* incident */
	{13431, 6, 330}, /* issues */
	{5119, 6, 331}, /* search */
	{5174, 12, 333}, /* environments */
	{27755, 18, 334}, /* exposure-schedules */
	{5241, 14, 336}, /* agent_versions */
	{5270, 6, 337}, /* agents */
	{5291, 11, 338}, /* deployments */
	{5317, 9, 339}, /* schedules */
	{5341, 18, 340}, /* create_and_publish */
	{5403, 6, 342}, /* config */
	{5429, 7, 343}, /* control */
	{14017, 10, 344}, /* detections */
	{5456, 8, 345}, /* insights */
	{5484, 21, 346}, /* notification_settings */
	{14136, 19, 348}, /* entity_integrations */
	{28315, 6, 349}, /* config */
	{5560, 6, 350}, /* import */
	{5585, 6, 351}, /* search */
	{14939, 3, 353}, /* aws */
	{15187, 3, 354}, /* gcp */
	{15257, 11, 355}, /* google-chat */
	{15303, 4, 356}, /* jira */
	{46971, 8, 357}, /* ms-teams */
	{15378, 3, 358}, /* oci */
	{15445, 8, 359}, /* opsgenie */
	{15521, 20, 360}, /* salesforce-incidents */
	{30388, 10, 361}, /* servicenow */
	{15716, 5, 362}, /* slack */
	{15756, 10, 363}, /* statuspage */
	{30690, 8, 364}, /* webhooks */
	{15840, 10, 365}, /* cloudflare */
	{15881, 15, 366}, /* confluent-cloud */
	{15927, 6, 367}, /* fastly */
	{15964, 4, 368}, /* okta */
	{15994, 2, 369}, /* v1 */
	{41170, 2, 370}, /* v2 */
	{41224, 2, 371}, /* v3 */
	{16334, 11, 372}, /* org_configs */
	{16380, 9, 373}, /* analytics */
	{16413, 6, 374}, /* config */
	{5637, 6, 375}, /* events */
	{16614, 6, 377}, /* config */
	{5712, 33, 378}, /* historical-metrics-configurations */
	{5762, 18, 379}, /* tag-indexing-rules */
	{17194, 9, 381}, /* artifacts */
	{5803, 10, 382}, /* facet-keys */
	{5836, 12, 383}, /* facet-values */
	{5871, 18, 384}, /* project-facet-keys */
	{5912, 20, 385}, /* project-facet-values */
	{5955, 8, 386}, /* projects */
	{5986, 4, 387}, /* runs */
	{6007, 17, 388}, /* notification_rule */
	{6041, 6, 389}, /* policy */
	{6064, 8, 390}, /* template */
	{6085, 7, 392}, /* devices */
	{6105, 10, 393}, /* interfaces */
	{32065, 4, 394}, /* tags */
	{17538, 11, 395}, /* connections */
	{17576, 3, 396}, /* dns */
	{17605, 11, 397}, /* .well-known */
	{32148, 7, 398}, /* clients */
	{6131, 8, 399}, /* register */
	{6162, 9, 400}, /* pipelines */
	{6188, 19, 401}, /* escalation-policies */
	{6224, 5, 402}, /* pages */
	{6246, 9, 403}, /* schedules */
	{32429, 5, 404}, /* teams */
	{32515, 5, 405}, /* users */
	{6268, 7, 406}, /* disable */
	{6288, 19, 407}, /* saml_configurations */
	{6474, 4, 411}, /* bulk */
	{6753, 8, 417}, /* findings */
	{17955, 8, 419}, /* accounts */
	{18042, 9, 420}, /* analytics */
	{18173, 7, 421}, /* journey */
	{18339, 9, 422}, /* retention */
	{6822, 6, 423}, /* sankey */
	{18511, 5, 424}, /* users */
	{6875, 6, 427}, /* scalar */
	{6896, 10, 428}, /* timeseries */
	{18687, 7, 429}, /* queries */
	{6932, 6, 430}, /* tables */
	{6964, 7, 431}, /* uploads */
	{41747, 8, 432}, /* products */
	{18758, 7, 433}, /* heatmap */
	{33092, 7, 434}, /* dataset */
	{6990, 5, 435}, /* print */
	{7014, 8, 436}, /* schedule */
	{7078, 9, 438}, /* templates */
	{18959, 9, 440}, /* analytics */
	{7124, 12, 441}, /* applications */
	{7149, 6, 442}, /* config */
	{7168, 6, 443}, /* events */
	{7187, 10, 444}, /* operations */
	{33371, 5, 445}, /* query */
	{19182, 6, 446}, /* replay */
	{7226, 12, 447}, /* idp_metadata */
	{7304, 9, 449}, /* campaigns */
	{7332, 8, 450}, /* outcomes */
	{7359, 5, 451}, /* rules */
	{7383, 10, 452}, /* scorecards */
	{19326, 6, 453}, /* scores */
	{7408, 5, 454}, /* users */
	{33615, 3, 455}, /* asm */
	{33662, 14, 456}, /* cloud_workload */
	{7431, 8, 457}, /* findings */
	{7457, 5, 458}, /* sboms */
	{7480, 23, 459}, /* scanned-assets-metadata */
	{19654, 4, 460}, /* siem */
	{19689, 7, 461}, /* signals */
	{7521, 15, 462}, /* vulnerabilities */
	{7554, 17, 463}, /* vulnerable-assets */
	{7598, 11, 464}, /* risk-scores */
	{19846, 23, 465}, /* cloud_workload_security */
	{19910, 13, 466}, /* configuration */
	{20143, 13, 467}, /* content_packs */
	{7638, 8, 468}, /* datasets */
	{7675, 14, 469}, /* entity_context */
	{7718, 5, 470}, /* rules */
	{20602, 21, 471}, /* sample_log_generation */
	{7752, 7, 472}, /* signals */
	{36050, 9, 473}, /* terraform */
	{7791, 6, 474}, /* config */
	{7815, 11, 476}, /* definitions */
	{7862, 11, 477}, /* histsignals */
	{7909, 4, 478}, /* jobs */
	{7926, 6, 479}, /* report */
	{7952, 4, 481}, /* list */
	{7976, 7, 482}, /* restore */
	{8003, 23, 483}, /* service_repository_info */
	{21302, 15, 484}, /* recommendations */
	{21342, 9, 485}, /* analytics */
	{8041, 6, 486}, /* events */
	{21414, 2, 487}, /* ai */
	{21519, 7, 488}, /* codegen */
	{21560, 6, 489}, /* custom */
	{21600, 16, 490}, /* default-rulesets */
	{8072, 8, 491}, /* rulesets */
	{21700, 7, 492}, /* secrets */
	{21738, 22, 493}, /* static-analysis-server */
	{8109, 12, 494}, /* dependencies */
	{21898, 8, 495}, /* licenses */
	{21940, 15, 496}, /* vulnerabilities */
	{8142, 12, 497}, /* degradations */
	{8175, 12, 498}, /* maintenances */
	{8240, 11, 500}, /* get-widgets */
	{37480, 13, 501}, /* api-multistep */
	{8271, 9, 502}, /* downtimes */
	{22354, 8, 503}, /* settings */
	{8300, 6, 504}, /* suites */
	{44072, 5, 505}, /* tests */
	{37811, 9, 506}, /* variables */
	{8353, 10, 508}, /* enrichment */
	{8377, 11, 509}, /* connections */
	{8402, 4, 510}, /* sync */
	{22988, 21, 513}, /* flaky-test-management */
	{8508, 20, 515}, /* application_security */
	{8543, 25, 516}, /* billing_dimension_mapping */
	{8583, 11, 517}, /* cost_by_org */
	{8609, 14, 518}, /* estimated_cost */
	{8638, 15, 519}, /* historical_cost */
	{8668, 12, 520}, /* hourly_usage */
	{8695, 25, 521}, /* lambda_traced_invocations */
	{8735, 23, 522}, /* observability_pipelines */
	{8773, 14, 523}, /* projected_cost */
	{23030, 7, 524}, /* summary */
	{8802, 23, 525}, /* usage-attribution-types */
	{23087, 6, 526}, /* client */
	{23543, 10, 535}, /* evaluators */
	{9083, 6, 536}, /* manual */
	{9147, 8, 538}, /* by_scope */
	{9181, 4, 539}, /* mute */
	{9211, 6, 540}, /* unmute */
	{9242, 25, 541}, /* available_namespace_rules */
	{9292, 12, 542}, /* event_bridge */
	{9329, 9, 543}, /* filtering */
	{9363, 24, 544}, /* generate_new_external_id */
	{9412, 4, 545}, /* logs */
	{9443, 12, 546}, /* host_filters */
	{23799, 13, 547}, /* configuration */
	{44577, 13, 548}, /* configuration */
	{23851, 13, 549}, /* configuration */
	{9476, 11, 550}, /* index-order */
	{9508, 7, 551}, /* indexes */
	{9536, 14, 552}, /* pipeline-order */
	{9571, 9, 553}, /* pipelines */
	{9604, 6, 554}, /* search */
	{9640, 9, 555}, /* downtimes */
	{9679, 8, 556}, /* validate */
	{9712, 9, 557}, /* downgrade */
	{9746, 12, 558}, /* idp_metadata */
	{9823, 11, 561}, /* corrections */
	{9856, 7, 562}, /* history */
	{24207, 5, 563}, /* batch */
	{9943, 17, 565}, /* default_locations */
	{9986, 3, 566}, /* api */
	{10015, 7, 567}, /* browser */
	{10048, 6, 568}, /* delete */
	{10080, 6, 569}, /* mobile */
	{10112, 6, 570}, /* search */
	{10144, 7, 571}, /* trigger */
	{10177, 7, 572}, /* uptimes */
	{10480, 5, 579}, /* items */
	{10522, 3, 580}, /* aws */
	{10562, 5, 581}, /* azure */
	{10604, 3, 582}, /* gcp */
	{10644, 3, 583}, /* aws */
	{10729, 7, 586}, /* metrics */
	{10756, 17, 587}, /* retention-filters */
	{10793, 33, 588}, /* retention-filters-execution-order */
	{25309, 14, 591}, /* integration-id */
	{25372, 5, 592}, /* slugs */
	{10927, 6, 593}, /* search */
	{11022, 9, 596}, /* favorites */
	{11088, 17, 598}, /* custom_attributes */
	{11195, 7, 601}, /* archive */
	{11227, 6, 602}, /* assign */
	{11258, 10, 603}, /* attributes */
	{11293, 7, 604}, /* comment */
	{25648, 17, 605}, /* custom_attributes */
	{11325, 11, 606}, /* description */
	{11361, 8, 607}, /* due_date */
	{11394, 8, 608}, /* insights */
	{11427, 8, 609}, /* priority */
	{25713, 13, 610}, /* relationships */
	{11460, 15, 611}, /* resolved_reason */
	{11500, 6, 612}, /* status */
	{11531, 9, 613}, /* timelines */
	{11565, 5, 614}, /* title */
	{11595, 9, 615}, /* unarchive */
	{11629, 8, 616}, /* unassign */
	{11662, 8, 617}, /* watchers */
	{11694, 7, 618}, /* preview */
	{11847, 8, 622}, /* accounts */
	{26071, 9, 623}, /* analytics */
	{11877, 6, 624}, /* events */
	{26155, 8, 625}, /* settings */
	{26236, 9, 626}, /* analytics */
	{11901, 6, 627}, /* events */
	{11931, 15, 628}, /* persona_mapping */
	{12023, 7, 631}, /* summary */
	{12060, 7, 632}, /* summary */
	{12180, 7, 635}, /* reorder */
	{12216, 6, 636}, /* status */
	{26438, 3, 640}, /* csv */
	{12376, 15, 641}, /* custom-forecast */
	{12412, 8, 642}, /* validate */
	{12478, 15, 644}, /* commitment-list */
	{26524, 8, 645}, /* coverage */
	{26610, 19, 646}, /* on-demand-hot-spots */
	{26662, 7, 647}, /* savings */
	{26746, 11, 648}, /* utilization */
	{12674, 8, 653}, /* currency */
	{12709, 7, 654}, /* metrics */
	{12743, 6, 655}, /* months */
	{12776, 13, 656}, /* orchestrators */
	{12816, 11, 657}, /* tag_sources */
	{12851, 6, 658}, /* agents */
	{26885, 17, 659}, /* coverage_analysis */
	{27055, 10, 660}, /* serverless */
	{12880, 8, 661}, /* settings */
	{12946, 15, 663}, /* agentless_hosts */
	{12983, 5, 664}, /* hosts */
	{39145, 6, 666}, /* manual */
	{13073, 6, 667}, /* shared */
	{13114, 5, 668}, /* usage */
	{39280, 4, 669}, /* runs */
	{13140, 7, 671}, /* tabular */
	{13215, 5, 674}, /* rules */
	{13247, 10, 675}, /* evaluation */
	{13438, 6, 680}, /* search */
	{13578, 7, 684}, /* archive */
	{39341, 12, 685}, /* environments */
	{13626, 9, 686}, /* unarchive */
	{13676, 8, 687}, /* variants */
	{13744, 9, 689}, /* configure */
	{13780, 7, 690}, /* upgrade */
	{13883, 5, 693}, /* clone */
	{13913, 7, 694}, /* publish */
	{13945, 8, 695}, /* versions */
	{14028, 8, 697}, /* mitigate */
	{14118, 5, 699}, /* users */
	{28322, 6, 701}, /* global */
	{14198, 26, 702}, /* google-chat-configurations */
	{14250, 26, 703}, /* google-meet-configurations */
	{14302, 13, 704}, /* impact-fields */
	{14341, 18, 705}, /* notification-rules */
	{14385, 22, 706}, /* notification-templates */
	{14433, 20, 707}, /* postmortem-templates */
	{14479, 5, 708}, /* rules */
	{14510, 5, 709}, /* types */
	{14541, 19, 710}, /* user-defined-fields */
	{14586, 18, 711}, /* user-defined-roles */
	{28990, 2, 712}, /* ai */
	{14637, 11, 713}, /* attachments */
	{29152, 5, 714}, /* cases */
	{14681, 14, 715}, /* configurations */
	{14728, 7, 716}, /* impacts */
	{14768, 4, 717}, /* page */
	{29247, 5, 718}, /* pages */
	{29290, 13, 719}, /* relationships */
	{14805, 10, 720}, /* responders */
	{14848, 18, 721}, /* servicenow-records */
	{14899, 19, 722}, /* timestamp-overrides */
	{14943, 8, 723}, /* accounts */
	{14976, 20, 724}, /* available_namespaces */
	{15021, 12, 725}, /* event_bridge */
	{15058, 24, 726}, /* generate_new_external_id */
	{15107, 15, 727}, /* iam_permissions */
	{29674, 4, 728}, /* logs */
	{15147, 19, 729}, /* validate_ccm_config */
	{15191, 8, 730}, /* accounts */
	{15224, 12, 731}, /* sts_delegate */
	{15269, 13, 732}, /* organizations */
	{15308, 8, 733}, /* accounts */
	{15342, 15, 734}, /* issue-templates */
	{46980, 13, 735}, /* configuration */
	{15382, 8, 736}, /* products */
	{15415, 9, 737}, /* tenancies */
	{15454, 8, 738}, /* accounts */
	{15492, 8, 739}, /* services */
	{15542, 18, 740}, /* incident-templates */
	{15602, 13, 741}, /* organizations */
	{30399, 17, 742}, /* assignment_groups */
	{30462, 17, 743}, /* business_services */
	{15647, 7, 744}, /* handles */
	{15686, 9, 745}, /* instances */
	{30578, 5, 746}, /* users */
	{15722, 13, 747}, /* user-bindings */
	{15767, 7, 748}, /* account */
	{15806, 12, 749}, /* url_settings */
	{30699, 13, 750}, /* configuration */
	{15851, 8, 751}, /* accounts */
	{15897, 8, 752}, /* accounts */
	{15934, 8, 753}, /* accounts */
	{15969, 8, 754}, /* accounts */
	{15997, 22, 755}, /* annotated-interactions */
	{16039, 17, 756}, /* annotation-queues */
	{31003, 15, 757}, /* experimentation */
	{16076, 11, 758}, /* experiments */
	{40929, 12, 759}, /* integrations */
	{16107, 8, 760}, /* projects */
	{16135, 7, 761}, /* prompts */
	{31339, 5, 762}, /* spans */
	{16162, 32, 763}, /* topic-discovery-clustered-points */
	{16214, 23, 764}, /* topic-discovery-configs */
	{16257, 20, 765}, /* topic-discovery-runs */
	{16297, 22, 766}, /* topic-discovery-topics */
	{41173, 11, 768}, /* experiments */
	{41227, 11, 770}, /* experiments */
	{16346, 20, 771}, /* max_session_duration */
	{16390, 9, 772}, /* aggregate */
	{16420, 13, 773}, /* archive-order */
	{16454, 8, 774}, /* archives */
	{16483, 19, 775}, /* custom-destinations */
	{16523, 7, 776}, /* metrics */
	{16551, 19, 777}, /* restriction_queries */
	{16591, 6, 778}, /* search */
	{16621, 9, 779}, /* bulk-tags */
	{16730, 5, 781}, /* order */
	{16806, 21, 783}, /* active-configurations */
	{16858, 8, 784}, /* all-tags */
	{16897, 6, 785}, /* assets */
	{16934, 8, 786}, /* estimate */
	{16973, 17, 787}, /* tag-cardinalities */
	{17021, 28, 788}, /* tag-indexing-rule-exemptions */
	{17080, 18, 789}, /* tag-indexing-rules */
	{17129, 4, 790}, /* tags */
	{17164, 7, 791}, /* volumes */
	{17204, 7, 792}, /* content */
	{17396, 8, 797}, /* validate */
	{17473, 16, 799}, /* downtime_matches */
	{32070, 7, 801}, /* devices */
	{32107, 10, 802}, /* interfaces */
	{17550, 9, 803}, /* aggregate */
	{17580, 9, 804}, /* aggregate */
	{17617, 5, 805}, /* sites */
	{17655, 8, 807}, /* validate */
	{32662, 4, 814}, /* user */
	{17856, 23, 815}, /* user_authorized_clients */
	{17964, 10, 817}, /* facet_info */
	{18010, 5, 818}, /* query */
	{18052, 4, 819}, /* list */
	{18093, 6, 820}, /* scalar */
	{18136, 10, 821}, /* timeseries */
	{18181, 6, 822}, /* funnel */
	{18222, 4, 823}, /* list */
	{18261, 6, 824}, /* scalar */
	{18302, 10, 825}, /* timeseries */
	{18349, 4, 826}, /* grid */
	{18390, 4, 827}, /* list */
	{18431, 6, 828}, /* scalar */
	{18474, 10, 829}, /* timeseries */
	{18517, 20, 830}, /* event_filtered_query */
	{18570, 10, 831}, /* facet_info */
	{18613, 5, 832}, /* query */
	{18654, 7, 833}, /* mapping */
	{18695, 10, 834}, /* batch-rows */
	{41756, 3, 836}, /* asm */
	{32969, 3, 837}, /* cws */
	{42081, 3, 838}, /* rum */
	{18766, 9, 839}, /* snapshots */
	{18803, 4, 841}, /* list */
	{18875, 5, 843}, /* clone */
	{18905, 11, 844}, /* permissions */
	{18941, 5, 845}, /* users */
	{18969, 9, 846}, /* aggregate */
	{19028, 7, 848}, /* metrics */
	{42312, 15, 849}, /* retention-quota */
	{19055, 6, 850}, /* search */
	{33344, 7, 851}, /* by-name */
	{19085, 6, 852}, /* search */
	{19115, 12, 853}, /* strong_links */
	{33377, 7, 855}, /* insight */
	{19189, 9, 856}, /* playlists */
	{47344, 8, 857}, /* sessions */
	{33570, 18, 858}, /* viewership-history */
	{19268, 5, 860}, /* batch */
	{33619, 8, 863}, /* services */
	{33677, 6, 864}, /* policy */
	{19373, 8, 865}, /* assignee */
	{33719, 10, 866}, /* automation */
	{19408, 5, 867}, /* cases */
	{19440, 11, 868}, /* jira_issues */
	{19478, 13, 869}, /* linear_issues */
	{19518, 4, 870}, /* mute */
	{19549, 6, 871}, /* search */
	{19582, 18, 872}, /* servicenow_tickets */
	{19659, 12, 874}, /* ioc-explorer */
	{19697, 18, 875}, /* notification_rules */
	{19749, 18, 876}, /* notification_rules */
	{19870, 11, 878}, /* agent_rules */
	{19924, 15, 879}, /* critical_assets */
	{19982, 18, 880}, /* integration_config */
	{34503, 18, 881}, /* notification_rules */
	{20043, 16, 882}, /* security_filters */
	{20102, 12, 883}, /* suppressions */
	{20157, 6, 884}, /* states */
	{20201, 12, 886}, /* dependencies */
	{20346, 11, 889}, /* bulk_delete */
	{20392, 11, 890}, /* bulk_export */
	{20438, 7, 891}, /* convert */
	{20480, 4, 892}, /* test */
	{20519, 10, 893}, /* validation */
	{20624, 13, 895}, /* subscriptions */
	{35496, 4, 896}, /* bulk */
	{20674, 6, 897}, /* search */
	{20767, 6, 900}, /* groups */
	{20812, 5, 901}, /* rules */
	{20856, 17, 902}, /* standard-patterns */
	{20920, 13, 903}, /* access_tokens */
	{20980, 16, 904}, /* application_keys */
	{21088, 6, 906}, /* search */
	{21198, 14, 908}, /* signal_convert */
	{21283, 6, 911}, /* status */
	{21352, 9, 913}, /* aggregate */
	{21383, 6, 914}, /* search */
	{21417, 6, 915}, /* memory */
	{21451, 7, 916}, /* prompts */
	{21486, 8, 917}, /* rulesets */
	{21527, 8, 918}, /* rulesets */
	{21567, 8, 919}, /* rulesets */
	{21708, 5, 922}, /* rules */
	{21761, 7, 923}, /* analyze */
	{21816, 7, 924}, /* get-ast */
	{36901, 10, 925}, /* node-types */
	{36970, 16, 926}, /* tree-sitter-wasm */
	{21865, 4, 927}, /* scan */
	{21907, 4, 928}, /* list */
	{21956, 26, 929}, /* resolve-vulnerable-symbols */
	{22013, 10, 930}, /* components */
	{22054, 21, 931}, /* degradation_templates */
	{22106, 12, 932}, /* degradations */
	{22149, 21, 933}, /* maintenance_templates */
	{22201, 12, 934}, /* maintenances */
	{22244, 7, 935}, /* publish */
	{22282, 9, 936}, /* unpublish */
	{37494, 8, 937}, /* subtests */
	{22363, 25, 939}, /* on_demand_concurrency_cap */
	{22415, 11, 940}, /* bulk-delete */
	{22453, 6, 941}, /* search */
	{44078, 7, 943}, /* browser */
	{22523, 11, 944}, /* bulk-delete */
	{37588, 4, 945}, /* fast */
	{22560, 7, 946}, /* network */
	{22593, 12, 947}, /* poll_results */
	{22639, 5, 950}, /* score */
	{22669, 7, 951}, /* reorder */
	{22701, 6, 952}, /* status */
	{22732, 14, 953}, /* validate-query */
	{22807, 5, 955}, /* links */
	{22842, 12, 956}, /* member_teams */
	{22878, 11, 957}, /* memberships */
	{22913, 18, 958}, /* notification-rules */
	{22955, 19, 959}, /* permission-settings */
	{23010, 5, 960}, /* tests */
	{23038, 16, 961}, /* available_fields */
	{23130, 18, 963}, /* identity_providers */
	{23173, 11, 964}, /* invitations */
	{23211, 11, 965}, /* memberships */
	{23247, 4, 966}, /* orgs */
	{23276, 11, 967}, /* permissions */
	{38116, 13, 968}, /* relationships */
	{23332, 8, 969}, /* accounts */
	{23414, 9, 971}, /* instances */
	{23463, 7, 972}, /* tracers */
	{23506, 7, 973}, /* trigger */
	{23554, 6, 974}, /* custom */
	{23635, 10, 976}, /* invitation */
	{23675, 11, 977}, /* check_async */
	{23716, 8, 978}, /* services */
	{23754, 14, 979}, /* services_async */
	{23813, 8, 980}, /* services */
	{44591, 8, 981}, /* accounts */
	{23865, 16, 982}, /* custom-variables */
	{23925, 8, 983}, /* webhooks */
	{24060, 15, 986}, /* add_to_incident */
	{24123, 8, 987}, /* assignee */
	{24179, 5, 988}, /* state */
	{24387, 2, 993}, /* ci */
	{24427, 7, 994}, /* results */
	{24472, 6, 995}, /* status */
	{24527, 4, 996}, /* bulk */
	{24776, 7, 1001}, /* openapi */
	{24906, 10, 1004}, /* deployment */
	{24951, 8, 1005}, /* favorite */
	{24994, 16, 1006}, /* protection-level */
	{25045, 15, 1007}, /* publish-request */
	{25095, 6, 1008}, /* revert */
	{25136, 12, 1009}, /* self-service */
	{25183, 4, 1010}, /* tags */
	{25222, 12, 1011}, /* version-name */
	{25269, 8, 1012}, /* versions */
	{25422, 9, 1015}, /* favorites */
	{25468, 18, 1016}, /* notification_rules */
	{25523, 5, 1017}, /* rules */
	{25564, 17, 1018}, /* custom_attributes */
	{25727, 9, 1021}, /* incidents */
	{25775, 11, 1022}, /* jira_issues */
	{25825, 8, 1023}, /* notebook */
	{25872, 7, 1024}, /* project */
	{25918, 18, 1025}, /* servicenow_tickets */
	{26043, 6, 1027}, /* branch */
	{38924, 9, 1028}, /* decisions */
	{26081, 9, 1029}, /* aggregate */
	{26119, 6, 1030}, /* search */
	{26164, 8, 1031}, /* policies */
	{26211, 7, 1032}, /* service */
	{26246, 9, 1033}, /* aggregate */
	{26280, 6, 1034}, /* search */
	{26442, 8, 1037}, /* validate */
	{26483, 15, 1038}, /* custom-forecast */
	{26533, 6, 1039}, /* scalar */
	{26574, 10, 1040}, /* timeseries */
	{26630, 6, 1041}, /* scalar */
	{26670, 6, 1042}, /* scalar */
	{26710, 10, 1043}, /* timeseries */
	{26758, 6, 1044}, /* scalar */
	{26802, 10, 1045}, /* timeseries */
	{26853, 8, 1046}, /* generate */
	{26903, 14, 1047}, /* cloud_accounts */
	{26959, 20, 1048}, /* hosts_and_containers */
	{27021, 10, 1049}, /* serverless */
	{27066, 6, 1050}, /* agents */
	{27104, 8, 1051}, /* untagged */
	{27149, 7, 1052}, /* history */
	{27243, 10, 1054}, /* facet_info */
	{27291, 6, 1055}, /* facets */
	{27325, 10, 1056}, /* facet_info */
	{27363, 6, 1057}, /* facets */
	{27410, 12, 1059}, /* secure-embed */
	{27472, 3, 1061}, /* run */
	{27504, 5, 1062}, /* fetch */
	{27541, 6, 1063}, /* cancel */
	{27677, 8, 1066}, /* assignee */
	{27727, 5, 1067}, /* state */
	{27797, 5, 1068}, /* pause */
	{27867, 6, 1069}, /* resume */
	{27938, 5, 1070}, /* start */
	{28008, 4, 1071}, /* stop */
	{28117, 6, 1074}, /* cancel */
	{28157, 18, 1075}, /* upsert_and_publish */
	{28220, 10, 1076}, /* detections */
	{28275, 21, 1077}, /* notification_settings */
	{28329, 16, 1078}, /* incident-handles */
	{28378, 8, 1079}, /* settings */
	{28785, 12, 1087}, /* org-settings */
	{28993, 10, 1091}, /* postmortem */
	{29048, 11, 1092}, /* postmortems */
	{29158, 4, 1094}, /* page */
	{29253, 4, 1096}, /* link */
	{29304, 12, 1097}, /* integrations */
	{29363, 5, 1098}, /* todos */
	{29581, 19, 1102}, /* resource_collection */
	{29641, 8, 1103}, /* standard */
	{29679, 8, 1104}, /* services */
	{46899, 3, 1106}, /* app */
	{46994, 7, 1110}, /* channel */
	{29957, 20, 1111}, /* tenant-based-handles */
	{40288, 12, 1112}, /* user-binding */
	{30021, 25, 1113}, /* workflows-webhook-handles */
	{30713, 11, 1124}, /* auth-method */
	{31019, 9, 1130}, /* analytics */
	{31064, 6, 1131}, /* search */
	{31106, 13, 1132}, /* simple-search */
	{31151, 6, 1133}, /* delete */
	{31233, 6, 1136}, /* delete */
	{31345, 6, 1139}, /* events */
	{31395, 6, 1140}, /* latest */
	{31497, 6, 1142}, /* status */
	{31546, 19, 1143}, /* with-cluster-points */
	{31598, 8, 1144}, /* datasets */
	{47288, 8, 1146}, /* datasets */
	{41352, 4, 1151}, /* role */
	{41407, 4, 1152}, /* user */
	{31860, 9, 1154}, /* artifacts */
	{31914, 4, 1155}, /* star */
	{31955, 9, 1156}, /* artifacts */
	{32001, 3, 1157}, /* pin */
	{32044, 8, 1158}, /* validate */
	{32170, 18, 1161}, /* scopes_restriction */
	{32221, 11, 1162}, /* acknowledge */
	{32265, 8, 1163}, /* escalate */
	{32306, 7, 1164}, /* resolve */
	{32354, 7, 1165}, /* on-call */
	{32402, 10, 1166}, /* responders */
	{32445, 7, 1167}, /* on-call */
	{32485, 13, 1168}, /* routing-rules */
	{32531, 21, 1169}, /* notification-channels */
	{32585, 18, 1170}, /* notification-rules */
	{32830, 10, 1173}, /* connection */
	{32884, 11, 1174}, /* connections */
	{32933, 4, 1175}, /* rows */
	{41760, 3, 1176}, /* waf */
	{32973, 11, 1177}, /* agent_rules */
	{33020, 6, 1178}, /* policy */
	{42085, 7, 1179}, /* configs */
	{33113, 9, 1181}, /* schedules */
	{33166, 6, 1182}, /* toggle */
	{42139, 13, 1184}, /* relationships */
	{33264, 17, 1185}, /* retention_filters */
	{33385, 21, 1190}, /* aggregated_long_tasks */
	{33433, 27, 1191}, /* aggregated_signals_problems */
	{33487, 20, 1192}, /* aggregated_waterfall */
	{33589, 8, 1195}, /* sessions */
	{33684, 8, 1197}, /* download */
	{33730, 14, 1198}, /* due_date_rules */
	{33782, 10, 1199}, /* mute_rules */
	{33830, 23, 1200}, /* severity_modifier_rules */
	{33891, 21, 1201}, /* ticket_creation_rules */
	{33990, 9, 1203}, /* indicator */
	{34035, 6, 1204}, /* triage */
	{43141, 5, 1208}, /* rules */
	{43218, 8, 1210}, /* entra_id */
	{34367, 8, 1211}, /* validate */
	{34522, 25, 1213}, /* send_notification_preview */
	{34607, 8, 1214}, /* versions */
	{34751, 5, 1216}, /* rules */
	{34812, 10, 1217}, /* validation */
	{34955, 8, 1219}, /* activate */
	{35024, 10, 1220}, /* deactivate */
	{43734, 7, 1221}, /* version */
	{35085, 15, 1222}, /* version_history */
	{35143, 4, 1223}, /* bulk */
	{35192, 7, 1224}, /* convert */
	{43796, 7, 1225}, /* restore */
	{35244, 4, 1226}, /* test */
	{35293, 15, 1227}, /* version_history */
	{35373, 4, 1228}, /* bulk */
	{35501, 8, 1230}, /* assignee */
	{35551, 5, 1231}, /* state */
	{35598, 6, 1232}, /* update */
	{35653, 8, 1233}, /* assignee */
	{35710, 8, 1234}, /* entities */
	{35767, 9, 1235}, /* incidents */
	{35825, 21, 1236}, /* investigation_queries */
	{35895, 5, 1237}, /* state */
	{35949, 17, 1238}, /* suggested_actions */
	{36015, 6, 1239}, /* update */
	{36076, 4, 1240}, /* bulk */
	{36135, 7, 1241}, /* convert */
	{36517, 6, 1247}, /* cancel */
	{36573, 11, 1248}, /* histsignals */
	{36616, 8, 1249}, /* download */
	{36656, 6, 1250}, /* status */
	{37214, 8, 1260}, /* backfill */
	{37392, 8, 1263}, /* backfill */
	{44037, 5, 1266}, /* tests */
	{37553, 9, 1267}, /* jsonpatch */
	{44143, 5, 1271}, /* files */
	{37680, 13, 1272}, /* parent-suites */
	{37731, 7, 1273}, /* results */
	{37776, 15, 1274}, /* version_history */
	{37835, 9, 1275}, /* jsonpatch */
	{38130, 18, 1281}, /* identity_providers */
	{38593, 7, 1289}, /* results */
	{38997, 8, 1295}, /* evidence */
	{39055, 8, 1296}, /* feedback */
	{39113, 7, 1297}, /* history */
	{39172, 10, 1298}, /* dashboards */
	{39294, 6, 1300}, /* status */
	{39371, 11, 1301}, /* allocations */
	{39453, 7, 1302}, /* disable */
	{39531, 6, 1303}, /* enable */
	{39588, 12, 1304}, /* org-settings */
	{39805, 10, 1307}, /* ccm_config */
	{39873, 26, 1308}, /* metric_name_filter_preview */
	{46903, 12, 1309}, /* named-spaces */
	{39972, 14, 1310}, /* delegated-user */
	{40059, 20, 1311}, /* organization-handles */
	{40152, 16, 1312}, /* target-audiences */
	{40449, 25, 1317}, /* oauth2-client-credentials */
	{40534, 9, 1318}, /* resources */
	{40594, 8, 1319}, /* services */
	{40651, 22, 1320}, /* annotated-interactions */
	{40722, 11, 1321}, /* annotations */
	{40782, 12, 1322}, /* interactions */
	{40843, 12, 1323}, /* label-schema */
	{40903, 6, 1324}, /* events */
	{40956, 8, 1325}, /* accounts */
	{41004, 8, 1327}, /* versions */
	{41045, 6, 1328}, /* search */
	{41093, 6, 1329}, /* delete */
	{41201, 6, 1331}, /* events */
	{41255, 6, 1333}, /* events */
	{41304, 7, 1334}, /* readers */
	{41485, 5, 1337}, /* roles */
	{41720, 4, 1341}, /* list */
	{41764, 12, 1342}, /* custom_rules */
	{41816, 17, 1343}, /* exclusion_filters */
	{41873, 8, 1344}, /* policies */
	{41987, 8, 1346}, /* download */
	{42153, 17, 1349}, /* retention_filters */
	{42223, 9, 1350}, /* permanent */
	{42463, 8, 1354}, /* sessions */
	{47366, 5, 1355}, /* views */
	{42513, 8, 1356}, /* watchers */
	{42563, 7, 1357}, /* watches */
	{42623, 7, 1358}, /* reorder */
	{42741, 7, 1360}, /* reorder */
	{42868, 7, 1362}, /* reorder */
	{43006, 7, 1364}, /* reorder */
	{43227, 23, 1367}, /* azure_app_registrations */
	{43331, 8, 1368}, /* activate */
	{43420, 10, 1369}, /* deactivate */
	{43516, 8, 1370}, /* validate */
	{43668, 15, 1372}, /* version_history */
	{43865, 5, 1375}, /* rules */
	{43926, 5, 1376}, /* rules */
	{46600, 7, 1377}, /* updates */
	{46680, 7, 1378}, /* updates */
	{43986, 7, 1379}, /* parents */
	{44098, 7, 1381}, /* results */
	{44149, 8, 1382}, /* download */
	{44201, 24, 1383}, /* multipart-presigned-urls */
	{44269, 22, 1384}, /* multipart-upload-abort */
	{44335, 25, 1385}, /* multipart-upload-complete */
	{44544, 6, 1388}, /* cancel */
	{44615, 8, 1389}, /* channels */
	{44741, 7, 1391}, /* disable */
	{44801, 6, 1392}, /* enable */
	{45336, 6, 1400}, /* delete */
	{45404, 6, 1401}, /* delete */
	{45470, 9, 1402}, /* inference */
	{45539, 6, 1403}, /* models */
	{45658, 12, 1405}, /* batch_update */
	{45725, 5, 1406}, /* clone */
	{45785, 11, 1407}, /* draft_state */
	{45851, 6, 1408}, /* export */
	{45912, 7, 1409}, /* records */
	{45974, 7, 1410}, /* restore */
	{46036, 8, 1411}, /* versions */
	{47310, 7, 1412}, /* records */
	{47109, 4, 1427}, /* lock */
	{47180, 6, 1428}, /* unlock */
	{47249, 6, 1429}, /* delete */
	{47318, 6, 1430}, /* upload */
	{47382, 8, 1431}, /* segments */
	{47460, 9, 1432}, /* revisions */
	{47543, 9, 1433}, /* revisions */
	{47720, 6, 1435}, /* revert */
};

/* {first edge, edges, template child (0: none), first op, ops} */
const struct cp_ep_node cp_ep_nodes[] = {
	{0, 2, 0, 0, 1}, /* 0 */
	{2, 3, 0, 1, 0}, /* 1 */
	{5, 1, 0, 1, 0}, /* 2 */
	{6, 2, 0, 1, 0}, /* 3 */
	{8, 29, 0, 1, 0}, /* 4 */
	{37, 128, 0, 1, 0}, /* 5 */
	{165, 0, 0, 1, 1}, /* 6 */
	{165, 3, 0, 2, 0}, /* 7 */
	{168, 1, 0, 2, 0}, /* 8 */
	{169, 0, 170, 2, 2}, /* 9 */
	{169, 0, 171, 4, 2}, /* 10 */
	{169, 0, 0, 6, 1}, /* 11 */
	{169, 0, 172, 7, 1}, /* 12 */
	{169, 2, 175, 8, 4}, /* 13 */
	{171, 0, 0, 12, 1}, /* 14 */
	{171, 1, 177, 13, 2}, /* 15 */
	{172, 0, 178, 15, 2}, /* 16 */
	{172, 1, 0, 17, 0}, /* 17 */
	{173, 0, 180, 17, 0}, /* 18 */
	{173, 1, 0, 17, 1}, /* 19 */
	{174, 6, 0, 18, 0}, /* 20 */
	{180, 1, 0, 18, 0}, /* 21 */
	{181, 1, 0, 18, 0}, /* 22 */
	{182, 0, 190, 18, 1}, /* 23 */
	{182, 4, 195, 19, 2}, /* 24 */
	{186, 0, 196, 21, 1}, /* 25 */
	{186, 0, 197, 22, 2}, /* 26 */
	{186, 0, 198, 24, 2}, /* 27 */
	{186, 0, 0, 26, 1}, /* 28 */
	{186, 0, 0, 27, 1}, /* 29 */
	{186, 1, 0, 28, 0}, /* 30 */
	{187, 0, 0, 28, 1}, /* 31 */
	{187, 4, 204, 29, 2}, /* 32 */
	{191, 6, 0, 31, 0}, /* 33 */
	{197, 1, 0, 31, 0}, /* 34 */
	{198, 33, 0, 31, 0}, /* 35 */
	{231, 0, 245, 31, 2}, /* 36 */
	{231, 0, 0, 33, 1}, /* 37 */
	{231, 3, 0, 34, 0}, /* 38 */
	{234, 0, 249, 34, 2}, /* 39 */
	{234, 2, 0, 36, 0}, /* 40 */
	{236, 1, 253, 36, 2}, /* 41 */
	{237, 0, 0, 38, 1}, /* 42 */
	{237, 0, 254, 39, 2}, /* 43 */
	{237, 2, 0, 41, 0}, /* 44 */
	{239, 2, 0, 41, 0}, /* 45 */
	{241, 4, 0, 41, 0}, /* 46 */
	{245, 0, 263, 41, 1}, /* 47 */
	{245, 1, 0, 42, 0}, /* 48 */
	{246, 0, 265, 42, 2}, /* 49 */
	{246, 1, 0, 44, 0}, /* 50 */
	{247, 7, 274, 44, 2}, /* 51 */
	{254, 3, 0, 46, 0}, /* 52 */
	{257, 1, 0, 46, 0}, /* 53 */
	{258, 5, 0, 46, 0}, /* 54 */
	{263, 1, 0, 46, 0}, /* 55 */
	{264, 2, 0, 46, 0}, /* 56 */
	{266, 1, 0, 46, 0}, /* 57 */
	{267, 2, 0, 46, 0}, /* 58 */
	{269, 1, 0, 46, 0}, /* 59 */
	{270, 0, 0, 46, 1}, /* 60 */
	{270, 0, 0, 47, 1}, /* 61 */
	{270, 16, 0, 48, 0}, /* 62 */
	{286, 2, 0, 48, 0}, /* 63 */
	{288, 3, 0, 48, 0}, /* 64 */
	{291, 1, 0, 48, 2}, /* 65 */
	{292, 1, 314, 50, 0}, /* 66 */
	{293, 1, 316, 50, 0}, /* 67 */
	{294, 1, 0, 50, 0}, /* 68 */
	{295, 0, 318, 50, 2}, /* 69 */
	{295, 1, 0, 52, 0}, /* 70 */
	{296, 2, 0, 52, 0}, /* 71 */
	{298, 0, 322, 52, 2}, /* 72 */
	{298, 1, 0, 54, 0}, /* 73 */
	{299, 0, 0, 54, 2}, /* 74 */
	{299, 5, 0, 56, 0}, /* 75 */
	{304, 0, 329, 56, 2}, /* 76 */
	{304, 1, 0, 58, 0}, /* 77 */
	{305, 1, 332, 58, 2}, /* 78 */
	{306, 2, 335, 60, 2}, /* 79 */
	{308, 4, 0, 62, 0}, /* 80 */
	{312, 1, 341, 62, 2}, /* 81 */
	{313, 0, 0, 64, 1}, /* 82 */
	{313, 5, 0, 65, 0}, /* 83 */
	{318, 0, 0, 65, 2}, /* 84 */
	{318, 0, 347, 67, 1}, /* 85 */
	{318, 1, 0, 68, 0}, /* 86 */
	{319, 3, 352, 68, 2}, /* 87 */
	{322, 12, 0, 70, 0}, /* 88 */
	{334, 4, 0, 70, 1}, /* 89 */
	{338, 0, 0, 71, 2}, /* 90 */
	{338, 3, 0, 73, 0}, /* 91 */
	{341, 1, 0, 73, 0}, /* 92 */
	{342, 3, 0, 73, 1}, /* 93 */
	{345, 0, 376, 74, 2}, /* 94 */
	{345, 3, 380, 76, 1}, /* 95 */
	{348, 7, 0, 77, 0}, /* 96 */
	{355, 3, 391, 77, 0}, /* 97 */
	{358, 3, 0, 77, 0}, /* 98 */
	{361, 2, 0, 77, 0}, /* 99 */
	{363, 0, 0, 77, 1}, /* 100 */
	{363, 3, 0, 78, 0}, /* 101 */
	{366, 1, 0, 78, 0}, /* 102 */
	{367, 5, 0, 78, 0}, /* 103 */
	{372, 2, 0, 78, 1}, /* 104 */
	{374, 0, 408, 79, 1}, /* 105 */
	{374, 0, 409, 80, 1}, /* 106 */
	{374, 0, 410, 81, 2}, /* 107 */
	{374, 1, 412, 83, 1}, /* 108 */
	{375, 0, 413, 84, 2}, /* 109 */
	{375, 0, 0, 86, 1}, /* 110 */
	{375, 0, 414, 87, 2}, /* 111 */
	{375, 0, 0, 89, 1}, /* 112 */
	{375, 0, 415, 90, 2}, /* 113 */
	{375, 0, 0, 92, 1}, /* 114 */
	{375, 0, 416, 93, 2}, /* 115 */
	{375, 1, 0, 95, 0}, /* 116 */
	{376, 0, 418, 95, 2}, /* 117 */
	{376, 0, 0, 97, 1}, /* 118 */
	{376, 0, 0, 98, 1}, /* 119 */
	{376, 6, 425, 99, 0}, /* 120 */
	{382, 0, 426, 99, 0}, /* 121 */
	{382, 2, 0, 99, 0}, /* 122 */
	{384, 3, 0, 99, 0}, /* 123 */
	{387, 1, 0, 99, 0}, /* 124 */
	{388, 1, 0, 99, 0}, /* 125 */
	{389, 3, 0, 99, 0}, /* 126 */
	{392, 0, 437, 99, 0}, /* 127 */
	{392, 1, 439, 99, 2}, /* 128 */
	{393, 7, 0, 101, 0}, /* 129 */
	{400, 1, 448, 101, 1}, /* 130 */
	{401, 5, 0, 102, 0}, /* 131 */
	{406, 1, 0, 102, 0}, /* 132 */
	{407, 9, 0, 102, 0}, /* 133 */
	{416, 1, 0, 102, 0}, /* 134 */
	{417, 9, 0, 102, 0}, /* 135 */
	{426, 1, 0, 102, 0}, /* 136 */
	{427, 0, 0, 102, 1}, /* 137 */
	{427, 0, 475, 103, 1}, /* 138 */
	{427, 1, 0, 104, 0}, /* 139 */
	{428, 2, 0, 104, 0}, /* 140 */
	{430, 1, 480, 104, 0}, /* 141 */
	{431, 0, 0, 104, 1}, /* 142 */
	{431, 3, 0, 105, 2}, /* 143 */
	{434, 1, 0, 107, 0}, /* 144 */
	{435, 2, 0, 107, 0}, /* 145 */
	{437, 7, 0, 107, 0}, /* 146 */
	{444, 3, 0, 107, 0}, /* 147 */
	{447, 2, 499, 107, 2}, /* 148 */
	{449, 1, 0, 109, 0}, /* 149 */
	{450, 6, 0, 109, 0}, /* 150 */
	{456, 0, 507, 109, 2}, /* 151 */
	{456, 1, 0, 111, 0}, /* 152 */
	{457, 2, 511, 111, 2}, /* 153 */
	{459, 0, 512, 113, 2}, /* 154 */
	{459, 1, 0, 115, 0}, /* 155 */
	{460, 0, 514, 115, 0}, /* 156 */
	{460, 11, 0, 115, 0}, /* 157 */
	{471, 1, 527, 115, 1}, /* 158 */
	{472, 0, 528, 116, 1}, /* 159 */
	{472, 0, 529, 117, 2}, /* 160 */
	{472, 0, 0, 119, 1}, /* 161 */
	{472, 0, 0, 120, 1}, /* 162 */
	{472, 0, 530, 121, 0}, /* 163 */
	{472, 0, 531, 121, 0}, /* 164 */
	{472, 0, 532, 121, 2}, /* 165 */
	{472, 0, 533, 123, 0}, /* 166 */
	{472, 0, 534, 123, 1}, /* 167 */
	{472, 0, 0, 124, 1}, /* 168 */
	{472, 1, 0, 125, 0}, /* 169 */
	{473, 0, 0, 125, 3}, /* 170 */
	{473, 0, 0, 128, 3}, /* 171 */
	{473, 0, 0, 131, 1}, /* 172 */
	{473, 1, 0, 132, 0}, /* 173 */
	{474, 0, 537, 132, 1}, /* 174 */
	{474, 0, 0, 133, 3}, /* 175 */
	{474, 1, 0, 136, 0}, /* 176 */
	{475, 0, 0, 136, 3}, /* 177 */
	{475, 0, 0, 139, 1}, /* 178 */
	{475, 0, 0, 140, 1}, /* 179 */
	{475, 2, 0, 141, 0}, /* 180 */
	{477, 0, 0, 141, 1}, /* 181 */
	{477, 5, 0, 142, 4}, /* 182 */
	{482, 1, 0, 146, 4}, /* 183 */
	{483, 0, 0, 150, 4}, /* 184 */
	{483, 1, 0, 154, 0}, /* 185 */
	{484, 1, 0, 154, 0}, /* 186 */
	{485, 1, 0, 154, 0}, /* 187 */
	{486, 4, 0, 154, 0}, /* 188 */
	{490, 0, 0, 154, 1}, /* 189 */
	{490, 0, 0, 155, 2}, /* 190 */
	{490, 0, 0, 157, 1}, /* 191 */
	{490, 1, 0, 158, 0}, /* 192 */
	{491, 0, 0, 158, 1}, /* 193 */
	{491, 0, 0, 159, 1}, /* 194 */
	{491, 2, 0, 160, 3}, /* 195 */
	{493, 0, 0, 163, 1}, /* 196 */
	{493, 0, 0, 164, 3}, /* 197 */
	{493, 2, 0, 167, 2}, /* 198 */
	{495, 0, 559, 169, 0}, /* 199 */
	{495, 0, 0, 169, 1}, /* 200 */
	{495, 0, 0, 170, 1}, /* 201 */
	{495, 0, 560, 171, 2}, /* 202 */
	{495, 0, 0, 173, 1}, /* 203 */
	{495, 2, 0, 174, 3}, /* 204 */
	{497, 1, 0, 177, 0}, /* 205 */
	{498, 0, 0, 177, 1}, /* 206 */
	{498, 0, 564, 178, 1}, /* 207 */
	{498, 1, 0, 179, 0}, /* 208 */
	{499, 7, 573, 179, 1}, /* 209 */
	{506, 0, 574, 180, 2}, /* 210 */
	{506, 0, 575, 182, 1}, /* 211 */
	{506, 0, 0, 183, 1}, /* 212 */
	{506, 0, 0, 184, 1}, /* 213 */
	{506, 0, 0, 185, 1}, /* 214 */
	{506, 0, 0, 186, 1}, /* 215 */
	{506, 0, 0, 187, 1}, /* 216 */
	{506, 0, 0, 188, 1}, /* 217 */
	{506, 0, 0, 189, 1}, /* 218 */
	{506, 0, 0, 190, 1}, /* 219 */
	{506, 0, 0, 191, 1}, /* 220 */
	{506, 0, 0, 192, 1}, /* 221 */
	{506, 0, 0, 193, 1}, /* 222 */
	{506, 0, 0, 194, 1}, /* 223 */
	{506, 0, 0, 195, 1}, /* 224 */
	{506, 0, 0, 196, 1}, /* 225 */
	{506, 0, 0, 197, 1}, /* 226 */
	{506, 0, 0, 198, 1}, /* 227 */
	{506, 0, 0, 199, 1}, /* 228 */
	{506, 0, 0, 200, 1}, /* 229 */
	{506, 0, 0, 201, 1}, /* 230 */
	{506, 0, 0, 202, 1}, /* 231 */
	{506, 0, 0, 203, 1}, /* 232 */
	{506, 0, 0, 204, 1}, /* 233 */
	{506, 0, 0, 205, 1}, /* 234 */
	{506, 0, 0, 206, 1}, /* 235 */
	{506, 0, 0, 207, 1}, /* 236 */
	{506, 0, 0, 208, 1}, /* 237 */
	{506, 0, 0, 209, 1}, /* 238 */
	{506, 0, 0, 210, 1}, /* 239 */
	{506, 0, 0, 211, 1}, /* 240 */
	{506, 0, 0, 212, 1}, /* 241 */
	{506, 0, 0, 213, 1}, /* 242 */
	{506, 0, 0, 214, 1}, /* 243 */
	{506, 0, 0, 215, 1}, /* 244 */
	{506, 0, 0, 216, 3}, /* 245 */
	{506, 0, 576, 219, 1}, /* 246 */
	{506, 0, 577, 220, 1}, /* 247 */
	{506, 0, 578, 221, 2}, /* 248 */
	{506, 1, 0, 223, 3}, /* 249 */
	{507, 3, 0, 226, 0}, /* 250 */
	{510, 1, 0, 226, 0}, /* 251 */
	{511, 0, 584, 226, 0}, /* 252 */
	{511, 0, 0, 226, 2}, /* 253 */
	{511, 0, 0, 228, 3}, /* 254 */
	{511, 0, 585, 231, 1}, /* 255 */
	{511, 0, 0, 232, 1}, /* 256 */
	{511, 3, 0, 233, 0}, /* 257 */
	{514, 0, 0, 233, 1}, /* 258 */
	{514, 0, 589, 234, 3}, /* 259 */
	{514, 0, 590, 237, 0}, /* 260 */
	{514, 2, 0, 237, 1}, /* 261 */
	{516, 0, 0, 238, 1}, /* 262 */
	{516, 0, 0, 239, 3}, /* 263 */
	{516, 1, 0, 242, 1}, /* 264 */
	{517, 0, 0, 243, 3}, /* 265 */
	{517, 0, 594, 246, 2}, /* 266 */
	{517, 0, 0, 248, 1}, /* 267 */
	{517, 0, 0, 249, 1}, /* 268 */
	{517, 0, 0, 250, 1}, /* 269 */
	{517, 0, 595, 251, 2}, /* 270 */
	{517, 1, 597, 253, 2}, /* 271 */
	{518, 1, 599, 255, 2}, /* 272 */
	{519, 0, 600, 257, 2}, /* 273 */
	{519, 17, 0, 259, 1}, /* 274 */
	{536, 1, 619, 260, 2}, /* 275 */
	{537, 0, 620, 262, 2}, /* 276 */
	{537, 0, 0, 264, 1}, /* 277 */
	{537, 0, 621, 265, 1}, /* 278 */
	{537, 1, 0, 266, 0}, /* 279 */
	{538, 0, 0, 266, 1}, /* 280 */
	{538, 2, 0, 267, 0}, /* 281 */
	{540, 1, 0, 267, 0}, /* 282 */
	{541, 2, 0, 267, 0}, /* 283 */
	{543, 1, 0, 267, 0}, /* 284 */
	{544, 0, 629, 267, 1}, /* 285 */
	{544, 0, 0, 268, 2}, /* 286 */
	{544, 0, 630, 270, 1}, /* 287 */
	{544, 1, 0, 271, 0}, /* 288 */
	{545, 1, 0, 271, 0}, /* 289 */
	{546, 0, 0, 271, 1}, /* 290 */
	{546, 0, 633, 272, 0}, /* 291 */
	{546, 0, 634, 272, 1}, /* 292 */
	{546, 2, 637, 273, 2}, /* 293 */
	{548, 0, 638, 275, 2}, /* 294 */
	{548, 0, 639, 277, 2}, /* 295 */
	{548, 3, 643, 279, 1}, /* 296 */
	{551, 0, 0, 280, 1}, /* 297 */
	{551, 5, 0, 281, 0}, /* 298 */
	{556, 0, 649, 281, 2}, /* 299 */
	{556, 0, 650, 283, 2}, /* 300 */
	{556, 0, 0, 285, 1}, /* 301 */
	{556, 0, 0, 286, 1}, /* 302 */
	{556, 0, 651, 287, 1}, /* 303 */
	{556, 0, 652, 288, 1}, /* 304 */
	{556, 5, 0, 289, 1}, /* 305 */
	{561, 0, 0, 290, 1}, /* 306 */
	{561, 0, 0, 291, 1}, /* 307 */
	{561, 0, 0, 292, 1}, /* 308 */
	{561, 3, 0, 293, 0}, /* 309 */
	{564, 1, 662, 293, 0}, /* 310 */
	{565, 2, 0, 293, 0}, /* 311 */
	{567, 0, 665, 293, 2}, /* 312 */
	{567, 1, 0, 295, 0}, /* 313 */
	{568, 1, 0, 295, 0}, /* 314 */
	{569, 0, 0, 295, 1}, /* 315 */
	{569, 1, 0, 296, 0}, /* 316 */
	{570, 1, 670, 296, 0}, /* 317 */
	{571, 0, 0, 296, 3}, /* 318 */
	{571, 1, 0, 299, 0}, /* 319 */
	{572, 0, 672, 299, 0}, /* 320 */
	{572, 0, 673, 299, 1}, /* 321 */
	{572, 1, 0, 300, 3}, /* 322 */
	{573, 1, 0, 303, 0}, /* 323 */
	{574, 0, 676, 303, 1}, /* 324 */
	{574, 0, 677, 304, 2}, /* 325 */
	{574, 0, 678, 306, 1}, /* 326 */
	{574, 0, 679, 307, 1}, /* 327 */
	{574, 0, 0, 308, 1}, /* 328 */
	{574, 0, 0, 309, 3}, /* 329 */
	{574, 1, 681, 312, 0}, /* 330 */
	{575, 0, 0, 312, 1}, /* 331 */
	{575, 0, 0, 313, 1}, /* 332 */
	{575, 0, 682, 314, 2}, /* 333 */
	{575, 0, 683, 316, 0}, /* 334 */
	{575, 4, 0, 316, 2}, /* 335 */
	{579, 0, 0, 318, 1}, /* 336 */
	{579, 0, 688, 319, 1}, /* 337 */
	{579, 2, 691, 320, 1}, /* 338 */
	{581, 0, 692, 321, 1}, /* 339 */
	{581, 0, 0, 322, 1}, /* 340 */
	{581, 3, 0, 323, 3}, /* 341 */
	{584, 0, 0, 326, 1}, /* 342 */
	{584, 0, 696, 327, 1}, /* 343 */
	{584, 1, 698, 328, 0}, /* 344 */
	{585, 0, 0, 328, 1}, /* 345 */
	{585, 0, 0, 329, 2}, /* 346 */
	{585, 1, 0, 331, 1}, /* 347 */
	{586, 0, 700, 332, 0}, /* 348 */
	{586, 11, 0, 332, 0}, /* 349 */
	{597, 0, 0, 332, 1}, /* 350 */
	{597, 0, 0, 333, 1}, /* 351 */
	{597, 11, 0, 334, 3}, /* 352 */
	{608, 7, 0, 337, 0}, /* 353 */
	{615, 2, 0, 337, 0}, /* 354 */
	{617, 1, 0, 337, 0}, /* 355 */
	{618, 2, 0, 337, 0}, /* 356 */
	{620, 1, 0, 337, 0}, /* 357 */
	{621, 2, 0, 337, 0}, /* 358 */
	{623, 2, 0, 337, 0}, /* 359 */
	{625, 2, 0, 337, 0}, /* 360 */
	{627, 5, 0, 337, 0}, /* 361 */
	{632, 1, 0, 337, 0}, /* 362 */
	{633, 2, 0, 337, 0}, /* 363 */
	{635, 1, 0, 337, 0}, /* 364 */
	{636, 1, 0, 337, 0}, /* 365 */
	{637, 1, 0, 337, 0}, /* 366 */
	{638, 1, 0, 337, 0}, /* 367 */
	{639, 1, 0, 337, 0}, /* 368 */
	{640, 12, 767, 337, 0}, /* 369 */
	{652, 1, 769, 337, 0}, /* 370 */
	{653, 1, 0, 337, 0}, /* 371 */
	{654, 1, 0, 337, 0}, /* 372 */
	{655, 1, 0, 337, 0}, /* 373 */
	{656, 5, 0, 337, 0}, /* 374 */
	{661, 1, 0, 337, 1}, /* 375 */
	{662, 0, 0, 338, 2}, /* 376 */
	{662, 1, 0, 340, 0}, /* 377 */
	{663, 0, 780, 340, 1}, /* 378 */
	{663, 1, 782, 341, 2}, /* 379 */
	{664, 9, 0, 343, 0}, /* 380 */
	{673, 1, 0, 343, 0}, /* 381 */
	{674, 0, 0, 343, 1}, /* 382 */
	{674, 0, 0, 344, 1}, /* 383 */
	{674, 0, 0, 345, 1}, /* 384 */
	{674, 0, 0, 346, 1}, /* 385 */
	{674, 0, 793, 347, 1}, /* 386 */
	{674, 0, 794, 348, 1}, /* 387 */
	{674, 0, 795, 349, 2}, /* 388 */
	{674, 0, 796, 351, 2}, /* 389 */
	{674, 1, 798, 353, 2}, /* 390 */
	{675, 1, 0, 355, 0}, /* 391 */
	{676, 0, 800, 355, 1}, /* 392 */
	{676, 0, 0, 356, 1}, /* 393 */
	{676, 2, 0, 357, 0}, /* 394 */
	{678, 1, 0, 357, 0}, /* 395 */
	{679, 1, 0, 357, 0}, /* 396 */
	{680, 1, 0, 357, 0}, /* 397 */
	{681, 0, 806, 357, 0}, /* 398 */
	{681, 0, 0, 357, 1}, /* 399 */
	{681, 1, 808, 358, 2}, /* 400 */
	{682, 0, 809, 360, 1}, /* 401 */
	{682, 0, 810, 361, 1}, /* 402 */
	{682, 0, 811, 362, 1}, /* 403 */
	{682, 0, 812, 363, 0}, /* 404 */
	{682, 0, 813, 363, 0}, /* 405 */
	{682, 0, 0, 363, 1}, /* 406 */
	{682, 0, 0, 364, 1}, /* 407 */
	{682, 2, 0, 365, 3}, /* 408 */
	{684, 0, 0, 368, 2}, /* 409 */
	{684, 0, 0, 370, 2}, /* 410 */
	{684, 0, 0, 372, 1}, /* 411 */
	{684, 0, 0, 373, 2}, /* 412 */
	{684, 0, 0, 375, 3}, /* 413 */
	{684, 0, 0, 378, 3}, /* 414 */
	{684, 0, 0, 381, 3}, /* 415 */
	{684, 0, 0, 384, 3}, /* 416 */
	{684, 0, 816, 387, 1}, /* 417 */
	{684, 0, 0, 388, 3}, /* 418 */
	{684, 2, 0, 391, 0}, /* 419 */
	{686, 3, 0, 391, 0}, /* 420 */
	{689, 4, 0, 391, 0}, /* 421 */
	{693, 4, 0, 391, 0}, /* 422 */
	{697, 0, 0, 391, 1}, /* 423 */
	{697, 3, 0, 392, 0}, /* 424 */
	{700, 1, 0, 392, 0}, /* 425 */
	{701, 0, 0, 392, 1}, /* 426 */
	{701, 0, 0, 393, 1}, /* 427 */
	{701, 0, 0, 394, 1}, /* 428 */
	{701, 1, 0, 395, 0}, /* 429 */
	{702, 0, 835, 395, 2}, /* 430 */
	{702, 0, 0, 397, 1}, /* 431 */
	{702, 3, 0, 398, 0}, /* 432 */
	{705, 1, 0, 398, 0}, /* 433 */
	{706, 0, 840, 398, 0}, /* 434 */
	{706, 0, 0, 398, 1}, /* 435 */
	{706, 1, 842, 399, 1}, /* 436 */
	{707, 0, 0, 400, 3}, /* 437 */
	{707, 0, 0, 403, 1}, /* 438 */
	{707, 3, 0, 404, 3}, /* 439 */
	{710, 1, 0, 407, 0}, /* 440 */
	{711, 0, 847, 407, 2}, /* 441 */
	{711, 2, 0, 409, 3}, /* 442 */
	{713, 1, 0, 412, 1}, /* 443 */
	{714, 3, 854, 413, 1}, /* 444 */
	{717, 1, 0, 414, 0}, /* 445 */
	{718, 3, 0, 414, 0}, /* 446 */
	{721, 0, 0, 414, 1}, /* 447 */
	{721, 0, 0, 415, 2}, /* 448 */
	{721, 0, 859, 417, 2}, /* 449 */
	{721, 1, 0, 419, 2}, /* 450 */
	{722, 0, 861, 421, 2}, /* 451 */
	{722, 0, 0, 423, 1}, /* 452 */
	{722, 0, 862, 424, 0}, /* 453 */
	{722, 0, 0, 424, 3}, /* 454 */
	{722, 1, 0, 427, 0}, /* 455 */
	{723, 1, 0, 427, 0}, /* 456 */
	{724, 8, 0, 427, 1}, /* 457 */
	{732, 0, 873, 428, 1}, /* 458 */
	{732, 0, 0, 429, 1}, /* 459 */
	{732, 1, 0, 430, 0}, /* 460 */
	{733, 1, 0, 430, 0}, /* 461 */
	{734, 1, 0, 430, 2}, /* 462 */
	{735, 0, 0, 432, 1}, /* 463 */
	{735, 0, 877, 433, 1}, /* 464 */
	{735, 1, 0, 434, 0}, /* 465 */
	{736, 5, 0, 434, 0}, /* 466 */
	{741, 1, 885, 434, 0}, /* 467 */
	{742, 1, 887, 434, 2}, /* 468 */
	{743, 0, 888, 436, 1}, /* 469 */
	{743, 5, 894, 437, 2}, /* 470 */
	{748, 1, 0, 439, 0}, /* 471 */
	{749, 2, 898, 439, 1}, /* 472 */
	{751, 0, 899, 440, 0}, /* 473 */
	{751, 3, 0, 440, 2}, /* 474 */
	{754, 2, 0, 442, 0}, /* 475 */
	{756, 0, 905, 442, 2}, /* 476 */
	{756, 1, 907, 444, 1}, /* 477 */
	{757, 1, 909, 445, 2}, /* 478 */
	{758, 0, 910, 447, 1}, /* 479 */
	{758, 1, 0, 448, 0}, /* 480 */
	{759, 0, 0, 448, 1}, /* 481 */
	{759, 0, 0, 449, 1}, /* 482 */
	{759, 0, 0, 450, 1}, /* 483 */
	{759, 0, 912, 451, 0}, /* 484 */
	{759, 1, 0, 451, 0}, /* 485 */
	{760, 1, 0, 451, 1}, /* 486 */
	{761, 3, 0, 452, 0}, /* 487 */
	{764, 1, 0, 452, 0}, /* 488 */
	{765, 1, 0, 452, 0}, /* 489 */
	{766, 0, 920, 452, 0}, /* 490 */
	{766, 0, 921, 452, 1}, /* 491 */
	{766, 1, 0, 453, 0}, /* 492 */
	{767, 4, 0, 453, 0}, /* 493 */
	{771, 1, 0, 453, 1}, /* 494 */
	{772, 1, 0, 454, 0}, /* 495 */
	{773, 1, 0, 454, 0}, /* 496 */
	{774, 0, 0, 454, 1}, /* 497 */
	{774, 0, 0, 455, 1}, /* 498 */
	{774, 7, 0, 456, 3}, /* 499 */
	{781, 0, 0, 459, 1}, /* 500 */
	{781, 1, 0, 460, 0}, /* 501 */
	{782, 0, 938, 460, 2}, /* 502 */
	{782, 1, 0, 462, 0}, /* 503 */
	{783, 2, 942, 462, 1}, /* 504 */
	{785, 5, 948, 463, 0}, /* 505 */
	{790, 0, 949, 463, 0}, /* 506 */
	{790, 1, 0, 463, 3}, /* 507 */
	{791, 3, 954, 466, 2}, /* 508 */
	{794, 0, 0, 468, 3}, /* 509 */
	{794, 0, 0, 471, 2}, /* 510 */
	{794, 5, 0, 473, 3}, /* 511 */
	{799, 0, 0, 476, 2}, /* 512 */
	{799, 1, 0, 478, 0}, /* 513 */
	{800, 0, 0, 478, 1}, /* 514 */
	{800, 0, 0, 479, 1}, /* 515 */
	{800, 0, 0, 480, 1}, /* 516 */
	{800, 0, 0, 481, 1}, /* 517 */
	{800, 0, 0, 482, 1}, /* 518 */
	{800, 0, 0, 483, 1}, /* 519 */
	{800, 0, 0, 484, 1}, /* 520 */
	{800, 0, 0, 485, 1}, /* 521 */
	{800, 0, 0, 486, 1}, /* 522 */
	{800, 0, 0, 487, 1}, /* 523 */
	{800, 1, 0, 488, 0}, /* 524 */
	{801, 0, 0, 488, 1}, /* 525 */
	{801, 0, 962, 489, 0}, /* 526 */
	{801, 0, 0, 489, 2}, /* 527 */
	{801, 0, 0, 491, 1}, /* 528 */
	{801, 6, 0, 492, 3}, /* 529 */
	{807, 1, 0, 495, 0}, /* 530 */
	{808, 0, 970, 495, 2}, /* 531 */
	{808, 1, 0, 497, 3}, /* 532 */
	{809, 1, 0, 500, 0}, /* 533 */
	{810, 1, 0, 500, 2}, /* 534 */
	{811, 1, 0, 502, 0}, /* 535 */
	{812, 0, 975, 502, 2}, /* 536 */
	{812, 1, 0, 504, 3}, /* 537 */
	{813, 0, 0, 507, 1}, /* 538 */
	{813, 0, 0, 508, 1}, /* 539 */
	{813, 0, 0, 509, 1}, /* 540 */
	{813, 0, 0, 510, 1}, /* 541 */
	{813, 0, 0, 511, 3}, /* 542 */
	{813, 0, 0, 514, 3}, /* 543 */
	{813, 0, 0, 517, 1}, /* 544 */
	{813, 3, 0, 518, 3}, /* 545 */
	{816, 0, 0, 521, 1}, /* 546 */
	{816, 1, 0, 522, 0}, /* 547 */
	{817, 1, 0, 522, 0}, /* 548 */
	{818, 2, 0, 522, 0}, /* 549 */
	{820, 0, 0, 522, 2}, /* 550 */
	{820, 0, 984, 524, 2}, /* 551 */
	{820, 0, 0, 526, 2}, /* 552 */
	{820, 0, 985, 528, 2}, /* 553 */
	{820, 0, 0, 530, 1}, /* 554 */
	{820, 0, 0, 531, 1}, /* 555 */
	{820, 0, 0, 532, 1}, /* 556 */
	{820, 0, 0, 533, 1}, /* 557 */
	{820, 0, 0, 534, 1}, /* 558 */
	{820, 3, 0, 535, 0}, /* 559 */
	{823, 0, 0, 535, 3}, /* 560 */
	{823, 0, 0, 538, 1}, /* 561 */
	{823, 0, 0, 539, 1}, /* 562 */
	{823, 0, 989, 540, 0}, /* 563 */
	{823, 0, 0, 540, 3}, /* 564 */
	{823, 0, 0, 543, 1}, /* 565 */
	{823, 0, 990, 544, 1}, /* 566 */
	{823, 0, 991, 545, 1}, /* 567 */
	{823, 0, 0, 546, 1}, /* 568 */
	{823, 0, 992, 547, 1}, /* 569 */
	{823, 0, 0, 548, 1}, /* 570 */
	{823, 1, 0, 549, 1}, /* 571 */
	{824, 0, 0, 550, 1}, /* 572 */
	{824, 2, 0, 551, 2}, /* 573 */
	{826, 0, 0, 553, 3}, /* 574 */
	{826, 0, 0, 556, 4}, /* 575 */
	{826, 0, 0, 560, 3}, /* 576 */
	{826, 0, 0, 563, 3}, /* 577 */
	{826, 0, 0, 566, 3}, /* 578 */
	{826, 1, 0, 569, 3}, /* 579 */
	{827, 0, 997, 572, 2}, /* 580 */
	{827, 0, 998, 574, 2}, /* 581 */
	{827, 0, 999, 576, 2}, /* 582 */
	{827, 0, 1000, 578, 2}, /* 583 */
	{827, 0, 0, 580, 1}, /* 584 */
	{827, 1, 0, 581, 1}, /* 585 */
	{828, 0, 1002, 582, 2}, /* 586 */
	{828, 0, 1003, 584, 2}, /* 587 */
	{828, 0, 0, 586, 1}, /* 588 */
	{828, 9, 0, 587, 3}, /* 589 */
	{837, 0, 0, 590, 1}, /* 590 */
	{837, 0, 1013, 591, 0}, /* 591 */
	{837, 0, 1014, 591, 0}, /* 592 */
	{837, 0, 0, 591, 1}, /* 593 */
	{837, 0, 0, 592, 1}, /* 594 */
	{837, 0, 0, 593, 1}, /* 595 */
	{837, 0, 0, 594, 1}, /* 596 */
	{837, 3, 0, 595, 3}, /* 597 */
	{840, 0, 0, 598, 1}, /* 598 */
	{840, 1, 0, 599, 2}, /* 599 */
	{841, 0, 0, 601, 3}, /* 600 */
	{841, 0, 0, 604, 1}, /* 601 */
	{841, 0, 0, 605, 1}, /* 602 */
	{841, 0, 0, 606, 1}, /* 603 */
	{841, 0, 1019, 607, 1}, /* 604 */
	{841, 0, 1020, 608, 0}, /* 605 */
	{841, 0, 0, 608, 1}, /* 606 */
	{841, 0, 0, 609, 1}, /* 607 */
	{841, 0, 0, 610, 2}, /* 608 */
	{841, 0, 0, 612, 1}, /* 609 */
	{841, 5, 0, 613, 0}, /* 610 */
	{846, 0, 0, 613, 1}, /* 611 */
	{846, 0, 0, 614, 1}, /* 612 */
	{846, 0, 0, 615, 1}, /* 613 */
	{846, 0, 0, 616, 1}, /* 614 */
	{846, 0, 0, 617, 1}, /* 615 */
	{846, 0, 0, 618, 1}, /* 616 */
	{846, 0, 1026, 619, 1}, /* 617 */
	{846, 0, 0, 620, 1}, /* 618 */
	{846, 0, 0, 621, 1}, /* 619 */
	{846, 0, 0, 622, 1}, /* 620 */
	{846, 2, 0, 623, 2}, /* 621 */
	{848, 0, 0, 625, 2}, /* 622 */
	{848, 1, 0, 627, 0}, /* 623 */
	{849, 1, 0, 627, 1}, /* 624 */
	{850, 2, 0, 628, 0}, /* 625 */
	{852, 1, 0, 628, 0}, /* 626 */
	{853, 1, 0, 628, 1}, /* 627 */
	{854, 0, 1035, 629, 2}, /* 628 */
	{854, 0, 1036, 631, 0}, /* 629 */
	{854, 0, 0, 631, 1}, /* 630 */
	{854, 0, 0, 632, 1}, /* 631 */
	{854, 0, 0, 633, 1}, /* 632 */
	{854, 0, 0, 634, 2}, /* 633 */
	{854, 0, 0, 636, 1}, /* 634 */
	{854, 0, 0, 637, 1}, /* 635 */
	{854, 0, 0, 638, 1}, /* 636 */
	{854, 0, 0, 639, 3}, /* 637 */
	{854, 0, 0, 642, 3}, /* 638 */
	{854, 0, 0, 645, 3}, /* 639 */
	{854, 1, 0, 648, 0}, /* 640 */
	{855, 0, 0, 648, 1}, /* 641 */
	{855, 0, 0, 649, 1}, /* 642 */
	{855, 1, 0, 650, 2}, /* 643 */
	{856, 0, 0, 652, 1}, /* 644 */
	{856, 2, 0, 653, 0}, /* 645 */
	{858, 1, 0, 653, 0}, /* 646 */
	{859, 2, 0, 653, 0}, /* 647 */
	{861, 2, 0, 653, 0}, /* 648 */
	{863, 0, 0, 653, 2}, /* 649 */
	{863, 0, 0, 655, 3}, /* 650 */
	{863, 1, 0, 658, 3}, /* 651 */
	{864, 0, 0, 661, 1}, /* 652 */
	{864, 0, 0, 662, 1}, /* 653 */
	{864, 0, 0, 663, 1}, /* 654 */
	{864, 0, 0, 664, 1}, /* 655 */
	{864, 0, 0, 665, 1}, /* 656 */
	{864, 0, 0, 666, 1}, /* 657 */
	{864, 0, 0, 667, 1}, /* 658 */
	{864, 3, 0, 668, 0}, /* 659 */
	{867, 1, 0, 668, 0}, /* 660 */
	{868, 1, 0, 668, 2}, /* 661 */
	{869, 1, 1053, 670, 1}, /* 662 */
	{870, 2, 0, 671, 1}, /* 663 */
	{872, 2, 0, 672, 1}, /* 664 */
	{874, 0, 0, 673, 3}, /* 665 */
	{874, 0, 1058, 676, 0}, /* 666 */
	{874, 1, 0, 676, 1}, /* 667 */
	{875, 0, 0, 677, 1}, /* 668 */
	{875, 0, 1060, 678, 0}, /* 669 */
	{875, 1, 0, 678, 0}, /* 670 */
	{876, 1, 0, 678, 1}, /* 671 */
	{877, 0, 0, 679, 1}, /* 672 */
	{877, 1, 0, 680, 0}, /* 673 */
	{878, 0, 1064, 680, 2}, /* 674 */
	{878, 0, 1065, 682, 1}, /* 675 */
	{878, 0, 0, 683, 1}, /* 676 */
	{878, 0, 0, 684, 2}, /* 677 */
	{878, 0, 0, 686, 1}, /* 678 */
	{878, 0, 0, 687, 1}, /* 679 */
	{878, 0, 0, 688, 1}, /* 680 */
	{878, 2, 0, 689, 1}, /* 681 */
	{880, 0, 0, 690, 3}, /* 682 */
	{880, 4, 0, 693, 0}, /* 683 */
	{884, 0, 0, 693, 1}, /* 684 */
	{884, 0, 1072, 694, 0}, /* 685 */
	{884, 0, 0, 694, 1}, /* 686 */
	{884, 0, 1073, 695, 1}, /* 687 */
	{884, 0, 0, 696, 1}, /* 688 */
	{884, 0, 0, 697, 1}, /* 689 */
	{884, 0, 0, 698, 1}, /* 690 */
	{884, 1, 0, 699, 1}, /* 691 */
	{885, 0, 0, 700, 1}, /* 692 */
	{885, 0, 0, 701, 1}, /* 693 */
	{885, 0, 0, 702, 1}, /* 694 */
	{885, 1, 0, 703, 1}, /* 695 */
	{886, 2, 0, 704, 2}, /* 696 */
	{888, 0, 0, 706, 1}, /* 697 */
	{888, 0, 0, 707, 2}, /* 698 */
	{888, 0, 0, 709, 1}, /* 699 */
	{888, 0, 0, 710, 3}, /* 700 */
	{888, 2, 0, 713, 0}, /* 701 */
	{890, 0, 1080, 713, 1}, /* 702 */
	{890, 0, 1081, 714, 1}, /* 703 */
	{890, 0, 1082, 715, 2}, /* 704 */
	{890, 0, 1083, 717, 2}, /* 705 */
	{890, 0, 1084, 719, 2}, /* 706 */
	{890, 0, 1085, 721, 2}, /* 707 */
	{890, 0, 1086, 723, 2}, /* 708 */
	{890, 1, 1088, 725, 2}, /* 709 */
	{891, 0, 1089, 727, 2}, /* 710 */
	{891, 0, 1090, 729, 2}, /* 711 */
	{891, 1, 0, 731, 0}, /* 712 */
	{892, 1, 1093, 731, 2}, /* 713 */
	{893, 1, 0, 733, 0}, /* 714 */
	{894, 0, 0, 733, 2}, /* 715 */
	{894, 0, 1095, 735, 2}, /* 716 */
	{894, 0, 0, 737, 1}, /* 717 */
	{894, 1, 0, 738, 0}, /* 718 */
	{895, 2, 0, 738, 0}, /* 719 */
	{897, 0, 1099, 738, 2}, /* 720 */
	{897, 0, 0, 740, 1}, /* 721 */
	{897, 0, 1100, 741, 2}, /* 722 */
	{897, 0, 1101, 743, 2}, /* 723 */
	{897, 0, 0, 745, 1}, /* 724 */
	{897, 0, 0, 746, 3}, /* 725 */
	{897, 0, 0, 749, 1}, /* 726 */
	{897, 2, 0, 750, 1}, /* 727 */
	{899, 1, 0, 751, 0}, /* 728 */
	{900, 0, 0, 751, 1}, /* 729 */
	{900, 0, 1105, 752, 2}, /* 730 */
	{900, 0, 0, 754, 2}, /* 731 */
	{900, 1, 1107, 756, 1}, /* 732 */
	{901, 0, 1108, 757, 1}, /* 733 */
	{901, 0, 1109, 758, 2}, /* 734 */
	{901, 4, 0, 760, 0}, /* 735 */
	{905, 0, 0, 760, 1}, /* 736 */
	{905, 0, 1114, 761, 2}, /* 737 */
	{905, 0, 1115, 763, 2}, /* 738 */
	{905, 0, 1116, 765, 2}, /* 739 */
	{905, 0, 1117, 767, 2}, /* 740 */
	{905, 0, 1118, 769, 1}, /* 741 */
	{905, 0, 1119, 770, 0}, /* 742 */
	{905, 0, 1120, 770, 0}, /* 743 */
	{905, 0, 1121, 770, 2}, /* 744 */
	{905, 0, 0, 772, 1}, /* 745 */
	{905, 0, 1122, 773, 0}, /* 746 */
	{905, 0, 0, 773, 1}, /* 747 */
	{905, 0, 0, 774, 4}, /* 748 */
	{905, 0, 1123, 778, 2}, /* 749 */
	{905, 1, 0, 780, 0}, /* 750 */
	{906, 0, 1125, 780, 2}, /* 751 */
	{906, 0, 1126, 782, 2}, /* 752 */
	{906, 0, 1127, 784, 2}, /* 753 */
	{906, 0, 1128, 786, 2}, /* 754 */
	{906, 0, 0, 788, 1}, /* 755 */
	{906, 0, 1129, 789, 2}, /* 756 */
	{906, 3, 0, 791, 0}, /* 757 */
	{909, 1, 1134, 791, 2}, /* 758 */
	{910, 0, 1135, 793, 0}, /* 759 */
	{910, 1, 1137, 793, 2}, /* 760 */
	{911, 0, 1138, 795, 2}, /* 761 */
	{911, 1, 0, 797, 0}, /* 762 */
	{912, 0, 0, 797, 1}, /* 763 */
	{912, 1, 1141, 798, 2}, /* 764 */
	{913, 1, 0, 800, 2}, /* 765 */
	{914, 1, 0, 802, 1}, /* 766 */
	{915, 1, 0, 803, 0}, /* 767 */
	{916, 0, 1145, 803, 0}, /* 768 */
	{916, 1, 0, 803, 0}, /* 769 */
	{917, 0, 1147, 803, 0}, /* 770 */
	{917, 0, 0, 803, 1}, /* 771 */
	{917, 0, 0, 804, 1}, /* 772 */
	{917, 0, 0, 805, 2}, /* 773 */
	{917, 0, 1148, 807, 2}, /* 774 */
	{917, 0, 1149, 809, 2}, /* 775 */
	{917, 0, 1150, 811, 2}, /* 776 */
	{917, 2, 1153, 813, 2}, /* 777 */
	{919, 0, 0, 815, 1}, /* 778 */
	{919, 0, 0, 816, 2}, /* 779 */
	{919, 0, 0, 818, 2}, /* 780 */
	{919, 0, 0, 820, 1}, /* 781 */
	{919, 0, 0, 821, 3}, /* 782 */
	{919, 0, 0, 824, 1}, /* 783 */
	{919, 0, 0, 825, 1}, /* 784 */
	{919, 0, 0, 826, 1}, /* 785 */
	{919, 0, 0, 827, 1}, /* 786 */
	{919, 0, 0, 828, 1}, /* 787 */
	{919, 0, 0, 829, 3}, /* 788 */
	{919, 0, 0, 832, 1}, /* 789 */
	{919, 0, 0, 833, 4}, /* 790 */
	{919, 0, 0, 837, 1}, /* 791 */
	{919, 0, 0, 838, 1}, /* 792 */
	{919, 2, 0, 839, 1}, /* 793 */
	{921, 2, 0, 840, 2}, /* 794 */
	{923, 0, 0, 842, 3}, /* 795 */
	{923, 0, 0, 845, 3}, /* 796 */
	{923, 0, 0, 848, 1}, /* 797 */
	{923, 1, 0, 849, 3}, /* 798 */
	{924, 0, 0, 852, 1}, /* 799 */
	{924, 0, 0, 853, 1}, /* 800 */
	{924, 0, 1159, 854, 0}, /* 801 */
	{924, 0, 1160, 854, 0}, /* 802 */
	{924, 0, 0, 854, 1}, /* 803 */
	{924, 0, 0, 855, 1}, /* 804 */
	{924, 0, 0, 856, 1}, /* 805 */
	{924, 1, 0, 857, 0}, /* 806 */
	{925, 0, 0, 857, 1}, /* 807 */
	{925, 0, 0, 858, 3}, /* 808 */
	{925, 0, 0, 861, 3}, /* 809 */
	{925, 3, 0, 864, 0}, /* 810 */
	{928, 2, 0, 864, 3}, /* 811 */
	{930, 2, 0, 867, 0}, /* 812 */
	{932, 2, 0, 867, 0}, /* 813 */
	{934, 0, 1171, 867, 0}, /* 814 */
	{934, 0, 1172, 867, 1}, /* 815 */
	{934, 0, 0, 868, 1}, /* 816 */
	{934, 0, 0, 869, 1}, /* 817 */
	{934, 0, 0, 870, 1}, /* 818 */
	{934, 0, 0, 871, 1}, /* 819 */
	{934, 0, 0, 872, 1}, /* 820 */
	{934, 0, 0, 873, 1}, /* 821 */
	{934, 0, 0, 874, 1}, /* 822 */
	{934, 0, 0, 875, 1}, /* 823 */
	{934, 0, 0, 876, 1}, /* 824 */
	{934, 0, 0, 877, 1}, /* 825 */
	{934, 0, 0, 878, 1}, /* 826 */
	{934, 0, 0, 879, 1}, /* 827 */
	{934, 0, 0, 880, 1}, /* 828 */
	{934, 0, 0, 881, 1}, /* 829 */
	{934, 0, 0, 882, 1}, /* 830 */
	{934, 0, 0, 883, 1}, /* 831 */
	{934, 0, 0, 884, 1}, /* 832 */
	{934, 2, 0, 885, 1}, /* 833 */
	{936, 0, 0, 886, 1}, /* 834 */
	{936, 1, 0, 887, 3}, /* 835 */
	{937, 1, 0, 890, 0}, /* 836 */
	{938, 2, 0, 890, 0}, /* 837 */
	{940, 1, 0, 890, 0}, /* 838 */
	{941, 0, 1180, 890, 2}, /* 839 */
	{941, 1, 0, 892, 0}, /* 840 */
	{942, 0, 0, 892, 1}, /* 841 */
	{942, 1, 1183, 893, 3}, /* 842 */
	{943, 0, 0, 896, 1}, /* 843 */
	{943, 0, 0, 897, 3}, /* 844 */
	{943, 0, 0, 900, 3}, /* 845 */
	{943, 0, 0, 903, 1}, /* 846 */
	{943, 2, 0, 904, 3}, /* 847 */
	{945, 0, 1186, 907, 2}, /* 848 */
	{945, 0, 1187, 909, 0}, /* 849 */
	{945, 0, 0, 909, 1}, /* 850 */
	{945, 0, 1188, 910, 0}, /* 851 */
	{945, 0, 0, 910, 1}, /* 852 */
	{945, 0, 1189, 911, 2}, /* 853 */
	{945, 0, 0, 913, 3}, /* 854 */
	{945, 3, 0, 916, 0}, /* 855 */
	{948, 0, 1193, 916, 2}, /* 856 */
	{948, 0, 1194, 918, 0}, /* 857 */
	{948, 1, 0, 918, 0}, /* 858 */
	{949, 0, 0, 918, 3}, /* 859 */
	{949, 0, 0, 921, 1}, /* 860 */
	{949, 0, 0, 922, 2}, /* 861 */
	{949, 0, 0, 924, 1}, /* 862 */
	{949, 0, 1196, 925, 0}, /* 863 */
	{949, 1, 0, 925, 0}, /* 864 */
	{950, 0, 0, 925, 1}, /* 865 */
	{950, 4, 0, 926, 0}, /* 866 */
	{954, 0, 1202, 926, 2}, /* 867 */
	{954, 0, 0, 928, 2}, /* 868 */
	{954, 0, 0, 930, 2}, /* 869 */
	{954, 0, 0, 932, 1}, /* 870 */
	{954, 0, 0, 933, 1}, /* 871 */
	{954, 0, 0, 934, 2}, /* 872 */
	{954, 0, 0, 936, 1}, /* 873 */
	{954, 2, 0, 937, 1}, /* 874 */
	{956, 0, 1205, 938, 2}, /* 875 */
	{956, 0, 1206, 940, 2}, /* 876 */
	{956, 0, 0, 942, 1}, /* 877 */
	{956, 0, 1207, 943, 2}, /* 878 */
	{956, 1, 1209, 945, 2}, /* 879 */
	{957, 2, 1212, 947, 2}, /* 880 */
	{959, 1, 0, 949, 0}, /* 881 */
	{960, 1, 1215, 949, 2}, /* 882 */
	{961, 2, 1218, 951, 2}, /* 883 */
	{963, 0, 0, 953, 1}, /* 884 */
	{963, 2, 0, 954, 0}, /* 885 */
	{965, 0, 0, 954, 1}, /* 886 */
	{965, 2, 0, 955, 3}, /* 887 */
	{967, 0, 0, 958, 1}, /* 888 */
	{967, 0, 0, 959, 1}, /* 889 */
	{967, 0, 0, 960, 1}, /* 890 */
	{967, 1, 0, 961, 1}, /* 891 */
	{968, 0, 0, 962, 1}, /* 892 */
	{968, 0, 0, 963, 1}, /* 893 */
	{968, 4, 0, 964, 3}, /* 894 */
	{972, 1, 1229, 967, 2}, /* 895 */
	{973, 3, 0, 969, 0}, /* 896 */
	{976, 0, 0, 969, 1}, /* 897 */
	{976, 7, 0, 970, 1}, /* 898 */
	{983, 2, 1242, 971, 0}, /* 899 */
	{985, 0, 1243, 971, 1}, /* 900 */
	{985, 0, 1244, 972, 1}, /* 901 */
	{985, 0, 0, 973, 1}, /* 902 */
	{985, 0, 1245, 974, 2}, /* 903 */
	{985, 0, 1246, 976, 2}, /* 904 */
	{985, 0, 0, 978, 2}, /* 905 */
	{985, 0, 0, 980, 1}, /* 906 */
	{985, 0, 0, 981, 1}, /* 907 */
	{985, 0, 0, 982, 1}, /* 908 */
	{985, 2, 0, 983, 2}, /* 909 */
	{987, 2, 0, 985, 0}, /* 910 */
	{989, 0, 0, 985, 1}, /* 911 */
	{989, 0, 1251, 986, 1}, /* 912 */
	{989, 0, 0, 987, 1}, /* 913 */
	{989, 0, 0, 988, 1}, /* 914 */
	{989, 0, 1252, 989, 2}, /* 915 */
	{989, 0, 0, 991, 1}, /* 916 */
	{989, 0, 1253, 992, 2}, /* 917 */
	{989, 0, 0, 994, 1}, /* 918 */
	{989, 0, 1254, 995, 2}, /* 919 */
	{989, 0, 0, 997, 1}, /* 920 */
	{989, 0, 0, 998, 1}, /* 921 */
	{989, 0, 0, 999, 1}, /* 922 */
	{989, 0, 0, 1000, 1}, /* 923 */
	{989, 0, 0, 1001, 1}, /* 924 */
	{989, 0, 1255, 1002, 0}, /* 925 */
	{989, 0, 1256, 1002, 0}, /* 926 */
	{989, 0, 1257, 1002, 1}, /* 927 */
	{989, 0, 0, 1003, 1}, /* 928 */
	{989, 0, 0, 1004, 1}, /* 929 */
	{989, 0, 1258, 1005, 2}, /* 930 */
	{989, 0, 1259, 1007, 2}, /* 931 */
	{989, 1, 1261, 1009, 1}, /* 932 */
	{990, 0, 1262, 1010, 2}, /* 933 */
	{990, 1, 1264, 1012, 1}, /* 934 */
	{991, 0, 0, 1013, 1}, /* 935 */
	{991, 0, 0, 1014, 1}, /* 936 */
	{991, 0, 1265, 1015, 0}, /* 937 */
	{991, 1, 0, 1015, 3}, /* 938 */
	{992, 0, 0, 1018, 2}, /* 939 */
	{992, 0, 0, 1020, 1}, /* 940 */
	{992, 0, 0, 1021, 1}, /* 941 */
	{992, 1, 0, 1022, 2}, /* 942 */
	{993, 0, 1268, 1024, 0}, /* 943 */
	{993, 0, 0, 1024, 1}, /* 944 */
	{993, 0, 1269, 1025, 0}, /* 945 */
	{993, 0, 1270, 1025, 1}, /* 946 */
	{993, 0, 0, 1026, 1}, /* 947 */
	{993, 4, 0, 1027, 0}, /* 948 */
	{997, 1, 0, 1027, 0}, /* 949 */
	{998, 0, 0, 1027, 1}, /* 950 */
	{998, 0, 0, 1028, 1}, /* 951 */
	{998, 0, 0, 1029, 1}, /* 952 */
	{998, 0, 0, 1030, 1}, /* 953 */
	{998, 0, 0, 1031, 3}, /* 954 */
	{998, 0, 1276, 1034, 2}, /* 955 */
	{998, 0, 1277, 1036, 2}, /* 956 */
	{998, 0, 1278, 1038, 2}, /* 957 */
	{998, 0, 1279, 1040, 2}, /* 958 */
	{998, 0, 1280, 1042, 1}, /* 959 */
	{998, 0, 0, 1043, 2}, /* 960 */
	{998, 0, 0, 1045, 1}, /* 961 */
	{998, 0, 0, 1046, 1}, /* 962 */
	{998, 0, 0, 1047, 1}, /* 963 */
	{998, 0, 0, 1048, 1}, /* 964 */
	{998, 0, 0, 1049, 1}, /* 965 */
	{998, 0, 0, 1050, 1}, /* 966 */
	{998, 0, 0, 1051, 1}, /* 967 */
	{998, 1, 0, 1052, 0}, /* 968 */
	{999, 0, 1282, 1052, 2}, /* 969 */
	{999, 0, 0, 1054, 3}, /* 970 */
	{999, 0, 1283, 1057, 2}, /* 971 */
	{999, 0, 0, 1059, 1}, /* 972 */
	{999, 0, 0, 1060, 1}, /* 973 */
	{999, 0, 1284, 1061, 1}, /* 974 */
	{999, 0, 0, 1062, 3}, /* 975 */
	{999, 0, 0, 1065, 3}, /* 976 */
	{999, 0, 0, 1068, 1}, /* 977 */
	{999, 0, 0, 1069, 2}, /* 978 */
	{999, 0, 0, 1071, 1}, /* 979 */
	{999, 0, 1285, 1072, 1}, /* 980 */
	{999, 0, 1286, 1073, 0}, /* 981 */
	{999, 0, 1287, 1073, 1}, /* 982 */
	{999, 0, 1288, 1074, 1}, /* 983 */
	{999, 0, 0, 1075, 3}, /* 984 */
	{999, 0, 0, 1078, 3}, /* 985 */
	{999, 0, 0, 1081, 1}, /* 986 */
	{999, 0, 0, 1082, 1}, /* 987 */
	{999, 0, 0, 1083, 1}, /* 988 */
	{999, 0, 0, 1084, 1}, /* 989 */
	{999, 0, 0, 1085, 2}, /* 990 */
	{999, 1, 0, 1087, 2}, /* 991 */
	{1000, 0, 0, 1089, 2}, /* 992 */
	{1000, 0, 0, 1091, 1}, /* 993 */
	{1000, 0, 1290, 1092, 1}, /* 994 */
	{1000, 0, 0, 1093, 1}, /* 995 */
	{1000, 0, 0, 1094, 2}, /* 996 */
	{1000, 0, 0, 1096, 3}, /* 997 */
	{1000, 0, 0, 1099, 3}, /* 998 */
	{1000, 0, 0, 1102, 3}, /* 999 */
	{1000, 0, 0, 1105, 1}, /* 1000 */
	{1000, 0, 0, 1106, 2}, /* 1001 */
	{1000, 0, 0, 1108, 3}, /* 1002 */
	{1000, 0, 0, 1111, 3}, /* 1003 */
	{1000, 0, 0, 1114, 2}, /* 1004 */
	{1000, 0, 0, 1116, 1}, /* 1005 */
	{1000, 0, 0, 1117, 1}, /* 1006 */
	{1000, 0, 0, 1118, 1}, /* 1007 */
	{1000, 0, 0, 1119, 1}, /* 1008 */
	{1000, 0, 0, 1120, 1}, /* 1009 */
	{1000, 0, 0, 1121, 1}, /* 1010 */
	{1000, 0, 0, 1122, 1}, /* 1011 */
	{1000, 0, 0, 1123, 1}, /* 1012 */
	{1000, 0, 0, 1124, 1}, /* 1013 */
	{1000, 0, 0, 1125, 1}, /* 1014 */
	{1000, 0, 0, 1126, 2}, /* 1015 */
	{1000, 0, 1291, 1128, 2}, /* 1016 */
	{1000, 0, 1292, 1130, 2}, /* 1017 */
	{1000, 0, 1293, 1132, 2}, /* 1018 */
	{1000, 0, 0, 1134, 2}, /* 1019 */
	{1000, 0, 0, 1136, 2}, /* 1020 */
	{1000, 0, 0, 1138, 1}, /* 1021 */
	{1000, 0, 0, 1139, 3}, /* 1022 */
	{1000, 0, 0, 1142, 1}, /* 1023 */
	{1000, 0, 0, 1143, 1}, /* 1024 */
	{1000, 0, 0, 1144, 1}, /* 1025 */
	{1000, 0, 0, 1145, 2}, /* 1026 */
	{1000, 0, 0, 1147, 1}, /* 1027 */
	{1000, 0, 1294, 1148, 0}, /* 1028 */
	{1000, 0, 0, 1148, 1}, /* 1029 */
	{1000, 0, 0, 1149, 1}, /* 1030 */
	{1000, 0, 0, 1150, 2}, /* 1031 */
	{1000, 0, 0, 1152, 3}, /* 1032 */
	{1000, 0, 0, 1155, 1}, /* 1033 */
	{1000, 0, 0, 1156, 1}, /* 1034 */
	{1000, 0, 0, 1157, 2}, /* 1035 */
	{1000, 0, 0, 1159, 3}, /* 1036 */
	{1000, 0, 0, 1162, 1}, /* 1037 */
	{1000, 0, 0, 1163, 2}, /* 1038 */
	{1000, 0, 0, 1165, 1}, /* 1039 */
	{1000, 0, 0, 1166, 1}, /* 1040 */
	{1000, 0, 0, 1167, 1}, /* 1041 */
	{1000, 0, 0, 1168, 1}, /* 1042 */
	{1000, 0, 0, 1169, 1}, /* 1043 */
	{1000, 0, 0, 1170, 1}, /* 1044 */
	{1000, 0, 0, 1171, 1}, /* 1045 */
	{1000, 0, 0, 1172, 1}, /* 1046 */
	{1000, 0, 0, 1173, 1}, /* 1047 */
	{1000, 0, 0, 1174, 1}, /* 1048 */
	{1000, 0, 0, 1175, 1}, /* 1049 */
	{1000, 0, 0, 1176, 1}, /* 1050 */
	{1000, 0, 0, 1177, 1}, /* 1051 */
	{1000, 0, 0, 1178, 1}, /* 1052 */
	{1000, 3, 0, 1179, 1}, /* 1053 */
	{1003, 0, 0, 1180, 1}, /* 1054 */
	{1003, 0, 0, 1181, 1}, /* 1055 */
	{1003, 0, 0, 1182, 1}, /* 1056 */
	{1003, 0, 0, 1183, 1}, /* 1057 */
	{1003, 1, 0, 1184, 0}, /* 1058 */
	{1004, 0, 1299, 1184, 1}, /* 1059 */
	{1004, 1, 0, 1185, 0}, /* 1060 */
	{1005, 0, 0, 1185, 1}, /* 1061 */
	{1005, 0, 0, 1186, 1}, /* 1062 */
	{1005, 0, 0, 1187, 1}, /* 1063 */
	{1005, 0, 0, 1188, 3}, /* 1064 */
	{1005, 0, 0, 1191, 1}, /* 1065 */
	{1005, 0, 0, 1192, 2}, /* 1066 */
	{1005, 0, 0, 1194, 1}, /* 1067 */
	{1005, 0, 0, 1195, 1}, /* 1068 */
	{1005, 0, 0, 1196, 1}, /* 1069 */
	{1005, 0, 0, 1197, 1}, /* 1070 */
	{1005, 0, 0, 1198, 1}, /* 1071 */
	{1005, 3, 0, 1199, 0}, /* 1072 */
	{1008, 0, 0, 1199, 2}, /* 1073 */
	{1008, 0, 0, 1201, 1}, /* 1074 */
	{1008, 0, 0, 1202, 1}, /* 1075 */
	{1008, 0, 0, 1203, 1}, /* 1076 */
	{1008, 0, 0, 1204, 2}, /* 1077 */
	{1008, 0, 0, 1206, 4}, /* 1078 */
	{1008, 0, 0, 1210, 2}, /* 1079 */
	{1008, 0, 0, 1212, 1}, /* 1080 */
	{1008, 0, 0, 1213, 1}, /* 1081 */
	{1008, 0, 0, 1214, 2}, /* 1082 */
	{1008, 0, 0, 1216, 3}, /* 1083 */
	{1008, 0, 0, 1219, 3}, /* 1084 */
	{1008, 0, 0, 1222, 3}, /* 1085 */
	{1008, 0, 0, 1225, 3}, /* 1086 */
	{1008, 0, 0, 1228, 1}, /* 1087 */
	{1008, 1, 0, 1229, 3}, /* 1088 */
	{1009, 0, 0, 1232, 3}, /* 1089 */
	{1009, 0, 0, 1235, 3}, /* 1090 */
	{1009, 0, 0, 1238, 1}, /* 1091 */
	{1009, 0, 0, 1239, 1}, /* 1092 */
	{1009, 0, 0, 1240, 2}, /* 1093 */
	{1009, 0, 0, 1242, 1}, /* 1094 */
	{1009, 0, 0, 1243, 2}, /* 1095 */
	{1009, 0, 0, 1245, 1}, /* 1096 */
	{1009, 0, 1305, 1246, 2}, /* 1097 */
	{1009, 0, 1306, 1248, 2}, /* 1098 */
	{1009, 0, 0, 1250, 2}, /* 1099 */
	{1009, 0, 0, 1252, 2}, /* 1100 */
	{1009, 2, 0, 1254, 3}, /* 1101 */
	{1011, 0, 0, 1257, 1}, /* 1102 */
	{1011, 0, 0, 1258, 1}, /* 1103 */
	{1011, 0, 0, 1259, 1}, /* 1104 */
	{1011, 0, 0, 1260, 2}, /* 1105 */
	{1011, 1, 0, 1262, 0}, /* 1106 */
	{1012, 3, 0, 1262, 2}, /* 1107 */
	{1015, 0, 0, 1264, 1}, /* 1108 */
	{1015, 0, 0, 1265, 3}, /* 1109 */
	{1015, 0, 1313, 1268, 0}, /* 1110 */
	{1015, 0, 1314, 1268, 2}, /* 1111 */
	{1015, 0, 1315, 1270, 0}, /* 1112 */
	{1015, 0, 1316, 1270, 2}, /* 1113 */
	{1015, 0, 0, 1272, 3}, /* 1114 */
	{1015, 0, 0, 1275, 2}, /* 1115 */
	{1015, 0, 0, 1277, 3}, /* 1116 */
	{1015, 0, 0, 1280, 2}, /* 1117 */
	{1015, 0, 0, 1282, 1}, /* 1118 */
	{1015, 0, 0, 1283, 1}, /* 1119 */
	{1015, 0, 0, 1284, 1}, /* 1120 */
	{1015, 0, 0, 1285, 3}, /* 1121 */
	{1015, 0, 0, 1288, 1}, /* 1122 */
	{1015, 0, 0, 1289, 2}, /* 1123 */
	{1015, 1, 0, 1291, 1}, /* 1124 */
	{1016, 0, 0, 1292, 3}, /* 1125 */
	{1016, 1, 0, 1295, 3}, /* 1126 */
	{1017, 1, 0, 1298, 3}, /* 1127 */
	{1018, 0, 0, 1301, 3}, /* 1128 */
	{1018, 4, 0, 1304, 2}, /* 1129 */
	{1022, 0, 0, 1306, 1}, /* 1130 */
	{1022, 0, 0, 1307, 1}, /* 1131 */
	{1022, 0, 0, 1308, 1}, /* 1132 */
	{1022, 0, 0, 1309, 1}, /* 1133 */
	{1022, 1, 0, 1310, 1}, /* 1134 */
	{1023, 1, 1326, 1311, 0}, /* 1135 */
	{1024, 0, 0, 1311, 1}, /* 1136 */
	{1024, 0, 0, 1312, 1}, /* 1137 */
	{1024, 1, 0, 1313, 3}, /* 1138 */
	{1025, 1, 0, 1316, 1}, /* 1139 */
	{1026, 0, 0, 1317, 1}, /* 1140 */
	{1026, 0, 0, 1318, 1}, /* 1141 */
	{1026, 0, 0, 1319, 1}, /* 1142 */
	{1026, 0, 0, 1320, 1}, /* 1143 */
	{1026, 1, 1330, 1321, 2}, /* 1144 */
	{1027, 1, 0, 1323, 0}, /* 1145 */
	{1028, 0, 1332, 1323, 0}, /* 1146 */
	{1028, 1, 0, 1323, 0}, /* 1147 */
	{1029, 1, 0, 1323, 3}, /* 1148 */
	{1030, 0, 0, 1326, 3}, /* 1149 */
	{1030, 0, 0, 1329, 3}, /* 1150 */
	{1030, 0, 1335, 1332, 0}, /* 1151 */
	{1030, 0, 1336, 1332, 0}, /* 1152 */
	{1030, 1, 0, 1332, 4}, /* 1153 */
	{1031, 0, 0, 1336, 1}, /* 1154 */
	{1031, 0, 0, 1337, 2}, /* 1155 */
	{1031, 0, 0, 1339, 1}, /* 1156 */
	{1031, 0, 0, 1340, 2}, /* 1157 */
	{1031, 0, 0, 1342, 1}, /* 1158 */
	{1031, 0, 0, 1343, 2}, /* 1159 */
	{1031, 0, 0, 1345, 2}, /* 1160 */
	{1031, 0, 0, 1347, 3}, /* 1161 */
	{1031, 0, 0, 1350, 1}, /* 1162 */
	{1031, 0, 0, 1351, 1}, /* 1163 */
	{1031, 0, 0, 1352, 1}, /* 1164 */
	{1031, 0, 0, 1353, 1}, /* 1165 */
	{1031, 0, 0, 1354, 1}, /* 1166 */
	{1031, 0, 0, 1355, 1}, /* 1167 */
	{1031, 0, 0, 1356, 2}, /* 1168 */
	{1031, 0, 1338, 1358, 2}, /* 1169 */
	{1031, 0, 1339, 1360, 2}, /* 1170 */
	{1031, 0, 0, 1362, 1}, /* 1171 */
	{1031, 0, 0, 1363, 1}, /* 1172 */
	{1031, 0, 1340, 1364, 2}, /* 1173 */
	{1031, 0, 0, 1366, 1}, /* 1174 */
	{1031, 1, 0, 1367, 3}, /* 1175 */
	{1032, 3, 0, 1370, 0}, /* 1176 */
	{1035, 0, 1345, 1370, 2}, /* 1177 */
	{1035, 1, 1347, 1372, 2}, /* 1178 */
	{1036, 0, 1348, 1374, 0}, /* 1179 */
	{1036, 0, 0, 1374, 2}, /* 1180 */
	{1036, 0, 0, 1376, 1}, /* 1181 */
	{1036, 0, 0, 1377, 1}, /* 1182 */
	{1036, 0, 0, 1378, 1}, /* 1183 */
	{1036, 1, 0, 1379, 0}, /* 1184 */
	{1037, 1, 1351, 1379, 2}, /* 1185 */
	{1038, 0, 0, 1381, 3}, /* 1186 */
	{1038, 0, 1352, 1384, 0}, /* 1187 */
	{1038, 0, 0, 1384, 1}, /* 1188 */
	{1038, 0, 1353, 1385, 0}, /* 1189 */
	{1038, 0, 0, 1385, 1}, /* 1190 */
	{1038, 0, 0, 1386, 1}, /* 1191 */
	{1038, 0, 0, 1387, 1}, /* 1192 */
	{1038, 1, 0, 1388, 3}, /* 1193 */
	{1039, 3, 0, 1391, 0}, /* 1194 */
	{1042, 0, 0, 1391, 1}, /* 1195 */
	{1042, 0, 0, 1392, 1}, /* 1196 */
	{1042, 0, 0, 1393, 1}, /* 1197 */
	{1042, 1, 1359, 1394, 2}, /* 1198 */
	{1043, 1, 1361, 1396, 2}, /* 1199 */
	{1044, 1, 1363, 1398, 2}, /* 1200 */
	{1045, 1, 1365, 1400, 2}, /* 1201 */
	{1046, 0, 0, 1402, 1}, /* 1202 */
	{1046, 0, 0, 1403, 1}, /* 1203 */
	{1046, 0, 0, 1404, 1}, /* 1204 */
	{1046, 0, 0, 1405, 3}, /* 1205 */
	{1046, 0, 0, 1408, 3}, /* 1206 */
	{1046, 0, 0, 1411, 3}, /* 1207 */
	{1046, 0, 1366, 1414, 0}, /* 1208 */
	{1046, 0, 0, 1414, 3}, /* 1209 */
	{1046, 1, 0, 1417, 0}, /* 1210 */
	{1047, 0, 0, 1417, 1}, /* 1211 */
	{1047, 3, 0, 1418, 3}, /* 1212 */
	{1050, 0, 0, 1421, 1}, /* 1213 */
	{1050, 0, 0, 1422, 1}, /* 1214 */
	{1050, 0, 0, 1423, 3}, /* 1215 */
	{1050, 0, 1371, 1426, 1}, /* 1216 */
	{1050, 0, 0, 1427, 1}, /* 1217 */
	{1050, 1, 0, 1428, 3}, /* 1218 */
	{1051, 0, 0, 1431, 1}, /* 1219 */
	{1051, 0, 0, 1432, 1}, /* 1220 */
	{1051, 0, 1373, 1433, 0}, /* 1221 */
	{1051, 0, 0, 1433, 1}, /* 1222 */
	{1051, 0, 0, 1434, 1}, /* 1223 */
	{1051, 0, 0, 1435, 1}, /* 1224 */
	{1051, 0, 1374, 1436, 0}, /* 1225 */
	{1051, 0, 0, 1436, 1}, /* 1226 */
	{1051, 0, 0, 1437, 1}, /* 1227 */
	{1051, 0, 0, 1438, 1}, /* 1228 */
	{1051, 0, 0, 1439, 1}, /* 1229 */
	{1051, 0, 0, 1440, 1}, /* 1230 */
	{1051, 0, 0, 1441, 1}, /* 1231 */
	{1051, 0, 0, 1442, 1}, /* 1232 */
	{1051, 0, 0, 1443, 1}, /* 1233 */
	{1051, 0, 0, 1444, 1}, /* 1234 */
	{1051, 0, 0, 1445, 1}, /* 1235 */
	{1051, 0, 0, 1446, 1}, /* 1236 */
	{1051, 0, 0, 1447, 1}, /* 1237 */
	{1051, 0, 0, 1448, 1}, /* 1238 */
	{1051, 0, 0, 1449, 1}, /* 1239 */
	{1051, 0, 0, 1450, 1}, /* 1240 */
	{1051, 0, 0, 1451, 1}, /* 1241 */
	{1051, 0, 0, 1452, 1}, /* 1242 */
	{1051, 0, 0, 1453, 2}, /* 1243 */
	{1051, 0, 0, 1455, 2}, /* 1244 */
	{1051, 0, 0, 1457, 3}, /* 1245 */
	{1051, 0, 0, 1460, 3}, /* 1246 */
	{1051, 0, 0, 1463, 1}, /* 1247 */
	{1051, 0, 0, 1464, 1}, /* 1248 */
	{1051, 0, 0, 1465, 1}, /* 1249 */
	{1051, 0, 0, 1466, 1}, /* 1250 */
	{1051, 0, 0, 1467, 1}, /* 1251 */
	{1051, 0, 0, 1468, 1}, /* 1252 */
	{1051, 1, 0, 1469, 3}, /* 1253 */
	{1052, 1, 0, 1472, 3}, /* 1254 */
	{1053, 0, 0, 1475, 1}, /* 1255 */
	{1053, 0, 0, 1476, 1}, /* 1256 */
	{1053, 0, 0, 1477, 1}, /* 1257 */
	{1053, 0, 0, 1478, 3}, /* 1258 */
	{1053, 0, 0, 1481, 3}, /* 1259 */
	{1053, 0, 0, 1484, 1}, /* 1260 */
	{1053, 1, 0, 1485, 3}, /* 1261 */
	{1054, 0, 0, 1488, 3}, /* 1262 */
	{1054, 0, 0, 1491, 1}, /* 1263 */
	{1054, 1, 0, 1492, 2}, /* 1264 */
	{1055, 1, 0, 1494, 1}, /* 1265 */
	{1056, 0, 1380, 1495, 0}, /* 1266 */
	{1056, 0, 0, 1495, 1}, /* 1267 */
	{1056, 1, 0, 1496, 0}, /* 1268 */
	{1057, 0, 0, 1496, 1}, /* 1269 */
	{1057, 0, 0, 1497, 2}, /* 1270 */
	{1057, 4, 0, 1499, 0}, /* 1271 */
	{1061, 0, 0, 1499, 1}, /* 1272 */
	{1061, 0, 1386, 1500, 1}, /* 1273 */
	{1061, 0, 1387, 1501, 1}, /* 1274 */
	{1061, 0, 0, 1502, 1}, /* 1275 */
	{1061, 0, 0, 1503, 3}, /* 1276 */
	{1061, 0, 0, 1506, 1}, /* 1277 */
	{1061, 0, 0, 1507, 2}, /* 1278 */
	{1061, 0, 0, 1509, 3}, /* 1279 */
	{1061, 0, 0, 1512, 1}, /* 1280 */
	{1061, 0, 0, 1513, 1}, /* 1281 */
	{1061, 0, 0, 1514, 3}, /* 1282 */
	{1061, 1, 0, 1517, 1}, /* 1283 */
	{1062, 0, 0, 1518, 3}, /* 1284 */
	{1062, 0, 0, 1521, 3}, /* 1285 */
	{1062, 1, 0, 1524, 0}, /* 1286 */
	{1063, 0, 0, 1524, 3}, /* 1287 */
	{1063, 0, 0, 1527, 3}, /* 1288 */
	{1063, 0, 1390, 1530, 1}, /* 1289 */
	{1063, 0, 0, 1531, 1}, /* 1290 */
	{1063, 0, 0, 1532, 2}, /* 1291 */
	{1063, 2, 0, 1534, 3}, /* 1292 */
	{1065, 0, 0, 1537, 2}, /* 1293 */
	{1065, 0, 0, 1539, 2}, /* 1294 */
	{1065, 0, 0, 1541, 1}, /* 1295 */
	{1065, 0, 0, 1542, 1}, /* 1296 */
	{1065, 0, 0, 1543, 1}, /* 1297 */
	{1065, 0, 0, 1544, 4}, /* 1298 */
	{1065, 0, 0, 1548, 3}, /* 1299 */
	{1065, 0, 0, 1551, 1}, /* 1300 */
	{1065, 0, 0, 1552, 2}, /* 1301 */
	{1065, 0, 0, 1554, 1}, /* 1302 */
	{1065, 0, 0, 1555, 1}, /* 1303 */
	{1065, 0, 0, 1556, 1}, /* 1304 */
	{1065, 0, 0, 1557, 3}, /* 1305 */
	{1065, 0, 0, 1560, 3}, /* 1306 */
	{1065, 0, 0, 1563, 4}, /* 1307 */
	{1065, 0, 0, 1567, 2}, /* 1308 */
	{1065, 0, 1393, 1569, 0}, /* 1309 */
	{1065, 0, 0, 1569, 2}, /* 1310 */
	{1065, 0, 1394, 1571, 2}, /* 1311 */
	{1065, 0, 1395, 1573, 2}, /* 1312 */
	{1065, 0, 1396, 1575, 0}, /* 1313 */
	{1065, 0, 0, 1575, 3}, /* 1314 */
	{1065, 0, 0, 1578, 1}, /* 1315 */
	{1065, 0, 0, 1579, 3}, /* 1316 */
	{1065, 0, 1397, 1582, 1}, /* 1317 */
	{1065, 0, 1398, 1583, 2}, /* 1318 */
	{1065, 0, 1399, 1585, 2}, /* 1319 */
	{1065, 0, 0, 1587, 1}, /* 1320 */
	{1065, 1, 0, 1588, 1}, /* 1321 */
	{1066, 1, 0, 1589, 1}, /* 1322 */
	{1067, 0, 0, 1590, 2}, /* 1323 */
	{1067, 0, 0, 1592, 2}, /* 1324 */
	{1067, 0, 0, 1594, 1}, /* 1325 */
	{1067, 2, 0, 1595, 0}, /* 1326 */
	{1069, 0, 1404, 1595, 2}, /* 1327 */
	{1069, 0, 0, 1597, 1}, /* 1328 */
	{1069, 0, 0, 1598, 1}, /* 1329 */
	{1069, 7, 0, 1599, 1}, /* 1330 */
	{1076, 0, 0, 1600, 1}, /* 1331 */
	{1076, 1, 0, 1601, 0}, /* 1332 */
	{1077, 0, 0, 1601, 1}, /* 1333 */
	{1077, 0, 0, 1602, 3}, /* 1334 */
	{1077, 0, 0, 1605, 1}, /* 1335 */
	{1077, 0, 0, 1606, 1}, /* 1336 */
	{1077, 0, 0, 1607, 3}, /* 1337 */
	{1077, 0, 0, 1610, 2}, /* 1338 */
	{1077, 0, 0, 1612, 3}, /* 1339 */
	{1077, 0, 0, 1615, 1}, /* 1340 */
	{1077, 0, 0, 1616, 1}, /* 1341 */
	{1077, 0, 1413, 1617, 2}, /* 1342 */
	{1077, 0, 1414, 1619, 2}, /* 1343 */
	{1077, 0, 1415, 1621, 2}, /* 1344 */
	{1077, 0, 0, 1623, 3}, /* 1345 */
	{1077, 0, 0, 1626, 1}, /* 1346 */
	{1077, 0, 0, 1627, 3}, /* 1347 */
	{1077, 0, 0, 1630, 2}, /* 1348 */
	{1077, 0, 0, 1632, 1}, /* 1349 */
	{1077, 0, 1416, 1633, 1}, /* 1350 */
	{1077, 0, 0, 1634, 3}, /* 1351 */
	{1077, 0, 0, 1637, 3}, /* 1352 */
	{1077, 0, 0, 1640, 2}, /* 1353 */
	{1077, 0, 1417, 1642, 2}, /* 1354 */
	{1077, 0, 1418, 1644, 0}, /* 1355 */
	{1077, 0, 0, 1644, 1}, /* 1356 */
	{1077, 0, 0, 1645, 2}, /* 1357 */
	{1077, 0, 0, 1647, 1}, /* 1358 */
	{1077, 0, 0, 1648, 3}, /* 1359 */
	{1077, 0, 0, 1651, 1}, /* 1360 */
	{1077, 0, 0, 1652, 3}, /* 1361 */
	{1077, 0, 0, 1655, 1}, /* 1362 */
	{1077, 0, 0, 1656, 3}, /* 1363 */
	{1077, 0, 0, 1659, 1}, /* 1364 */
	{1077, 0, 0, 1660, 3}, /* 1365 */
	{1077, 0, 0, 1663, 1}, /* 1366 */
	{1077, 0, 0, 1664, 1}, /* 1367 */
	{1077, 0, 0, 1665, 1}, /* 1368 */
	{1077, 0, 0, 1666, 1}, /* 1369 */
	{1077, 0, 0, 1667, 1}, /* 1370 */
	{1077, 0, 0, 1668, 1}, /* 1371 */
	{1077, 0, 0, 1669, 1}, /* 1372 */
	{1077, 0, 0, 1670, 1}, /* 1373 */
	{1077, 0, 0, 1671, 1}, /* 1374 */
	{1077, 0, 1419, 1672, 1}, /* 1375 */
	{1077, 0, 1420, 1673, 1}, /* 1376 */
	{1077, 0, 1421, 1674, 0}, /* 1377 */
	{1077, 0, 1422, 1674, 0}, /* 1378 */
	{1077, 0, 0, 1674, 1}, /* 1379 */
	{1077, 0, 0, 1675, 2}, /* 1380 */
	{1077, 0, 1423, 1677, 1}, /* 1381 */
	{1077, 0, 0, 1678, 1}, /* 1382 */
	{1077, 0, 0, 1679, 1}, /* 1383 */
	{1077, 0, 0, 1680, 1}, /* 1384 */
	{1077, 0, 0, 1681, 1}, /* 1385 */
	{1077, 0, 0, 1682, 1}, /* 1386 */
	{1077, 0, 0, 1683, 1}, /* 1387 */
	{1077, 0, 0, 1684, 1}, /* 1388 */
	{1077, 0, 1424, 1685, 2}, /* 1389 */
	{1077, 0, 0, 1687, 1}, /* 1390 */
	{1077, 0, 0, 1688, 1}, /* 1391 */
	{1077, 0, 0, 1689, 1}, /* 1392 */
	{1077, 0, 1425, 1690, 0}, /* 1393 */
	{1077, 0, 0, 1690, 3}, /* 1394 */
	{1077, 0, 0, 1693, 3}, /* 1395 */
	{1077, 0, 1426, 1696, 0}, /* 1396 */
	{1077, 0, 0, 1696, 3}, /* 1397 */
	{1077, 0, 0, 1699, 3}, /* 1398 */
	{1077, 0, 0, 1702, 3}, /* 1399 */
	{1077, 0, 0, 1705, 1}, /* 1400 */
	{1077, 0, 0, 1706, 1}, /* 1401 */
	{1077, 0, 0, 1707, 1}, /* 1402 */
	{1077, 0, 0, 1708, 1}, /* 1403 */
	{1077, 0, 0, 1709, 2}, /* 1404 */
	{1077, 0, 0, 1711, 1}, /* 1405 */
	{1077, 0, 0, 1712, 1}, /* 1406 */
	{1077, 2, 0, 1713, 1}, /* 1407 */
	{1079, 0, 0, 1714, 1}, /* 1408 */
	{1079, 1, 0, 1715, 3}, /* 1409 */
	{1080, 0, 0, 1718, 1}, /* 1410 */
	{1080, 0, 0, 1719, 1}, /* 1411 */
	{1080, 1, 0, 1720, 0}, /* 1412 */
	{1081, 0, 0, 1720, 3}, /* 1413 */
	{1081, 0, 0, 1723, 3}, /* 1414 */
	{1081, 0, 0, 1726, 3}, /* 1415 */
	{1081, 0, 0, 1729, 2}, /* 1416 */
	{1081, 0, 0, 1731, 2}, /* 1417 */
	{1081, 1, 0, 1733, 0}, /* 1418 */
	{1082, 1, 0, 1733, 2}, /* 1419 */
	{1083, 1, 0, 1735, 2}, /* 1420 */
	{1084, 0, 0, 1737, 2}, /* 1421 */
	{1084, 0, 0, 1739, 1}, /* 1422 */
	{1084, 0, 0, 1740, 1}, /* 1423 */
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
