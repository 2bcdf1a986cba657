// What the IT department watches (docs/operations.md): the app's console logs in the workspace,
// an optional e-mail action group, and two metric alerts: failed sends and readiness.
// Called from main.bicep.

@description('Middle part of every resource name, e.g. positie-abc123.')
param names string

param tags object

@description('Application Insights component the app sends its metrics to.')
param appInsightsId string

@description('Log Analytics workspace that receives the console logs.')
param workspaceId string

@description('Name of the web app; its health check (/readyz) feeds the readiness alert.')
param webAppName string

@description('Address that receives alert e-mails; empty: alerts fire in the portal without notifying anyone.')
param alertEmail string

@description('Failed scheduled sends in 15 minutes above which the failed-sends alert fires.')
param failedSendsThreshold int

var actionGroupName = 'ag-${names}'
// Only referenced when the group exists, i.e. when alertEmail is set.
var actions = empty(alertEmail) ? [] : [{ actionGroupId: resourceId('Microsoft.Insights/actionGroups', actionGroupName) }]

resource site 'Microsoft.Web/sites@2023-12-01' existing = {
  name: webAppName
}

// The pino lines on stdout carry trace_id and span_id; in the workspace they join the requests.
// Only console logs: the HTTP logs would store export-link tokens, which travel in the URL path.
resource consoleLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'console-logs-to-workspace'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [{ category: 'AppServiceConsoleLogs', enabled: true }]
  }
}

resource actionGroup 'Microsoft.Insights/actionGroups@2022-06-01' = if (!empty(alertEmail)) {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'positie' // at most 12 characters; the sender name of SMS and e-mail
    enabled: true
    emailReceivers: [{ name: 'operations', emailAddress: alertEmail, useCommonAlertSchema: true }]
  }
}

// Custom metrics land in the metric store under the namespace azure.applicationinsights, without
// their dimensions unless "custom metric dimensions" is switched on, so this counts every kind.
// The metric exists only once the app has sent it: skip the validation, or a fresh deployment fails.
resource failedSendsAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-${names}-failed-sends'
  location: 'global'
  tags: tags
  dependsOn: [actionGroup]
  properties: {
    description: 'Scheduled Teams messages (prompts, summaries, reminders) fail to go out. Runbook: docs/operations.md, "Failed sends rise".'
    severity: 2
    enabled: true
    scopes: [appInsightsId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    autoMitigate: true
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'failedSends'
          metricNamespace: 'azure.applicationinsights'
          metricName: 'positie.scheduled.failed'
          operator: 'GreaterThan'
          threshold: failedSendsThreshold
          timeAggregation: 'Total'
          skipMetricValidation: true
        }
      ]
    }
    actions: actions
  }
}

// HealthCheckStatus averages 100 while every instance passes the health check (/readyz: table
// storage answers); App Service counts an instance unhealthy only after its failed-ping limit (10 by
// default), so this fires about 10 to 15 minutes into a storage outage, not on one slow ping.
resource readinessAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-${names}-readiness'
  location: 'global'
  tags: tags
  dependsOn: [actionGroup]
  properties: {
    description: 'An instance of Positie cannot reach table storage (/readyz fails). Runbook: docs/operations.md, "Readiness fails".'
    severity: 1
    enabled: true
    scopes: [site.id]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT5M'
    autoMitigate: true
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'unhealthyInstances'
          metricNamespace: 'Microsoft.Web/sites'
          metricName: 'HealthCheckStatus'
          operator: 'LessThan'
          threshold: 100
          timeAggregation: 'Average'
        }
      ]
    }
    actions: actions
  }
}
