{{/* Names: <release>-rollout, or the release name when it already contains the chart name. */}}
{{- define "rollout.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "rollout.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "rollout.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{ include "rollout.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: rollout
{{- end -}}

{{- define "rollout.image" -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion -}}
{{- if .Values.image.digest -}}
{{ .Values.image.repository }}:{{ $tag }}@{{ .Values.image.digest }}
{{- else -}}
{{ .Values.image.repository }}:{{ $tag }}
{{- end -}}
{{- end -}}

{{- define "rollout.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{ .Values.serviceAccount.name | default (include "rollout.fullname" .) }}
{{- else -}}
{{ .Values.serviceAccount.name | default "default" }}
{{- end -}}
{{- end -}}

{{/* The Secret the chart creates for values given inline (database.url, session.secret). */}}
{{- define "rollout.secretName" -}}
{{ include "rollout.fullname" . }}-secrets
{{- end -}}

{{- define "rollout.databaseSecret" -}}
{{- if .Values.database.url -}}{{ include "rollout.secretName" . }}{{- else if .Values.database.existingSecret -}}{{ .Values.database.existingSecret }}{{- else -}}
{{- fail "Set database.existingSecret (e.g. the CloudNativePG app Secret) or database.url." -}}
{{- end -}}
{{- end -}}

{{- define "rollout.databaseSecretKey" -}}
{{- if .Values.database.url -}}database-url{{- else -}}{{ .Values.database.existingSecretKey }}{{- end -}}
{{- end -}}

{{- define "rollout.sessionSecret" -}}
{{- if .Values.session.secret -}}{{ include "rollout.secretName" . }}{{- else if .Values.session.existingSecret -}}{{ .Values.session.existingSecret }}{{- else -}}
{{- fail "Set session.existingSecret or session.secret (openssl rand -hex 32)." -}}
{{- end -}}
{{- end -}}

{{- define "rollout.sessionSecretKey" -}}
{{- if .Values.session.secret -}}session-secret{{- else -}}{{ .Values.session.existingSecretKey }}{{- end -}}
{{- end -}}

{{/* Environment shared by the app and the migration Job: the server validates all of it at boot. */}}
{{- define "rollout.env" -}}
- name: NODE_ENV
  value: production
- name: PORT
  value: "3000"
- name: TRUST_PROXY
  value: {{ .Values.config.trustProxy | quote }}
- name: LOG_LEVEL
  value: {{ .Values.config.logLevel | quote }}
- name: SHUTDOWN_DELAY_MS
  value: {{ .Values.config.shutdownDelayMs | quote }}
- name: MIGRATE_ON_BOOT
  value: {{ ternary "false" "true" .Values.migration.enabled | quote }}
- name: NODE_OPTIONS
  value: {{ printf "--max-old-space-size=%d" (int .Values.config.maxOldSpaceSizeMb) | quote }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "rollout.databaseSecret" . }}
      key: {{ include "rollout.databaseSecretKey" . }}
- name: SESSION_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "rollout.sessionSecret" . }}
      key: {{ include "rollout.sessionSecretKey" . }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "rollout.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
fsGroup: 1000
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "rollout.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop: [ALL]
{{- end -}}
