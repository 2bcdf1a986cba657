// Positie on Azure: one resource group with a managed identity, a Linux web app, table storage,
// monitoring and the Azure Bot registration. No secret for Azure access exists anywhere: the
// bot and the tables both authenticate with the user-assigned managed identity.
// Deploy: see docs/deploy.md.

@description('Short lowercase name (letters, digits, hyphens) used in every resource name.')
@minLength(3)
@maxLength(12)
param baseName string = 'positie'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('App Service plan size. Always On needs Basic (B1) or higher; P0v3 for production load.')
@allowed(['B1', 'B2', 'B3', 'S1', 'P0v3', 'P1v3'])
param appServicePlanSku string = 'B1'

@description('Node.js LTS line of the web app.')
@allowed(['20-lts', '22-lts'])
param nodeVersion string = '22-lts'

@description('Custom host name already bound to the web app (e.g. positie.example.nl); empty uses <app>.azurewebsites.net.')
param publicHostName string = ''

@description('Redundancy of the table storage account.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSku string = 'Standard_ZRS'

@description('Bot Service tier; the Teams channel is free on F0.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Secret for the pseudonymous keys of check-in responses. Generate once, keep it stable (openssl rand -base64 48).')
@secure()
@minLength(32)
param checkinSecret string

@description('Secret that signs data-export links. Generate once (openssl rand -base64 48); rotating it voids open links.')
@secure()
@minLength(32)
param exportSecret string

@description('Comma-separated Entra tenant ids allowed to use the bot. Empty: only the tenant of this deployment.')
param allowedTenantIds string = ''

@description('Time zone used when Teams does not tell us one.')
param defaultTimeZone string = 'Europe/Amsterdam'

@description('Language (nl or en) when a Teams client sends none.')
@allowed(['nl', 'en'])
param defaultLanguage string = 'nl'

@description('Minimum answers before check-in results are shown (never below 3).')
@minValue(3)
param checkinMinResponses int = 5

@description('Answers before check-in notes show (CHECKIN_NOTES_MIN); 0 means twice checkinMinResponses. Never below checkinMinResponses.')
@minValue(0)
param checkinNotesMin int = 0

@description('Days answers and coach-view audit rows are kept.')
@minValue(1)
param retentionDays int = 365

@description('Days check-ins and their responses are kept.')
@minValue(1)
param checkinRetentionDays int = 180

@description('True while the cabinet is demissionair: prompts written for that period then fit.')
param demissionair bool = false

@description('Prefix of every table name, so several installs can share one account.')
param tablePrefix string = 'positie'

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('Days the Log Analytics workspace keeps logs.')
param logRetentionDays int = 30

@description('E-mail address for alerts (failed sends, readiness); empty creates the alerts without notifying anyone.')
param alertEmail string = ''

@description('Failed scheduled sends in 15 minutes above which the failed-sends alert fires (see docs/operations.md).')
@minValue(1)
param failedSendsAlertThreshold int = 25

param tags object = { app: 'positie' }

var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-${suffix}'
var hostName = empty(publicHostName) ? '${webAppName}.azurewebsites.net' : publicHostName
var storageName = take(toLower('st${replace(baseName, '-', '')}${suffix}'), 24)
// A single-tenant bot should only serve its own organisation unless told otherwise.
var allowedTenants = empty(allowedTenantIds) ? tenant().tenantId : allowedTenantIds
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}-${suffix}'
  location: location
  tags: tags
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: storageSku }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false // only Entra ID (the managed identity) can reach the data
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: appServicePlanSku }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|${nodeVersion}'
      appCommandLine: 'node dist/main.js'
      alwaysOn: true
      // App Service takes an instance that fails this out of the load balancer (never all of them):
      // one that cannot reach its tables cannot serve a turn either. docs/operations.md explains.
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'TABLES_ENDPOINT', value: storage.properties.primaryEndpoints.table }
        { name: 'TABLE_PREFIX', value: tablePrefix }
        { name: 'PUBLIC_BASE_URL', value: 'https://${hostName}' }
        { name: 'CHECKIN_SECRET', value: checkinSecret }
        { name: 'EXPORT_SECRET', value: exportSecret }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenants }
        { name: 'DEFAULT_TIME_ZONE', value: defaultTimeZone }
        { name: 'DEFAULT_LANGUAGE', value: defaultLanguage }
        { name: 'CHECKIN_MIN_RESPONSES', value: string(checkinMinResponses) }
        { name: 'CHECKIN_NOTES_MIN', value: checkinNotesMin == 0 ? '' : string(checkinNotesMin) }
        { name: 'ALLOW_REMOTE_LOCAL_MODE', value: 'false' }
        { name: 'RETENTION_DAYS', value: string(retentionDays) }
        { name: 'CHECKIN_RETENTION_DAYS', value: string(checkinRetentionDays) }
        { name: 'DEMISSIONAIR', value: demissionair ? 'on' : 'off' }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'SCHEDULER', value: 'on' }
        { name: 'PLAYGROUND', value: 'off' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        // The zip is built and installed before deployment (docs/deploy.md: `npm ci --omit=dev`),
        // so the server runs it as is, without dev tools (Azurite, Playground, TypeScript).
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
  dependsOn: [tableDataRole] // start the app only once it may read its tables
}

// Deployments authenticate with Entra ID (az webapp deploy); no publishing passwords.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${baseName}-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Positie'
    description: 'Daily reflection on the paradoxes of public work'
    endpoint: 'https://${hostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenant().tenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Console logs to the workspace, and the alerts of docs/operations.md.
module monitoring 'monitoring.bicep' = {
  name: 'monitoring'
  params: {
    names: '${baseName}-${suffix}'
    tags: tags
    appInsightsId: appInsights.id
    workspaceId: workspace.id
    webAppName: site.name
    alertEmail: alertEmail
    failedSendsThreshold: failedSendsAlertThreshold
  }
}

@description('Messaging endpoint registered with the bot.')
output botEndpoint string = 'https://${hostName}/api/messages'
@description('MicrosoftAppId: the managed identity client id; use it for `npm run package`.')
output microsoftAppId string = identity.properties.clientId
@description('BOT_DOMAIN for `npm run package`.')
output botDomain string = hostName
@description('Table endpoint the app reaches with its managed identity.')
output tableEndpoint string = storage.properties.primaryEndpoints.table
output webAppName string = site.name
output storageAccountName string = storage.name
