variable "name" {
  description = "The response headers policy's name, unique in the account"
  type        = string
  default     = "o11y-shop-security-headers"
}

variable "policy_file" {
  description = "The shop's security-header policy, the same file the local launcher's edge serves"
  type        = string
  default     = null
}

variable "region" {
  description = "The AWS region of the RUM app monitor, the Cognito identity pool and the image bucket (fills the policy file's region placeholder)"
  type        = string
}

variable "images_bucket" {
  description = "The S3 bucket that the admin console's pre-signed image uploads go to (fills the policy file's images_bucket placeholder)"
  type        = string
}

variable "otlp_origin" {
  description = "Where OpenTelemetry web sends OTLP/HTTP: 'self', or a collector's origin (fills the policy file's otlp_origin placeholder)"
  type        = string
  default     = "'self'"
}
