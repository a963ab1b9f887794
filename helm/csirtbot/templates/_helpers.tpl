{{/* Chart name, at most 63 characters. */}}
{{- define "csirtbot.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Fully qualified app name, at most 63 characters (a DNS label). */}}
{{- define "csirtbot.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "csirtbot.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "csirtbot.selectorLabels" -}}
app.kubernetes.io/name: {{ include "csirtbot.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "csirtbot.labels" -}}
helm.sh/chart: {{ include "csirtbot.chart" . }}
{{ include "csirtbot.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* "true" when MONGODB_URI is configured, "" otherwise (the embedded store is used). */}}
{{- define "csirtbot.mongodb.enabled" -}}
{{- if and .Values.mongodb.uri .Values.mongodb.existingSecret }}
{{- fail "set at most one of mongodb.uri and mongodb.existingSecret" }}
{{- end }}
{{- if or .Values.mongodb.uri .Values.mongodb.existingSecret }}true{{ end }}
{{- end }}

{{/* The Secret holding MONGODB_URI: the user's, or the one this chart makes from mongodb.uri. */}}
{{- define "csirtbot.mongodb.secretName" -}}
{{- .Values.mongodb.existingSecret | default (printf "%s-mongodb" (include "csirtbot.fullname" .)) }}
{{- end }}

{{/* The PersistentVolumeClaim for the data dir: the user's, or the one this chart makes. */}}
{{- define "csirtbot.dataClaimName" -}}
{{- .Values.persistence.existingClaim | default (printf "%s-data" (include "csirtbot.fullname" .)) }}
{{- end }}
