# CloudFront's response headers policy for the shop, made from infra/edge/security-headers.json: the file the
# local launcher's edge serves too, so that both serve one policy. Attach it to every cache behavior of the
# distribution (response_headers_policy_id = module.<name>.id).

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

locals {
  policy = jsondecode(file(coalesce(var.policy_file, "${path.module}/../../edge/security-headers.json")))

  # CSP hosts may not have a wildcard in the middle, so the region and the bucket are filled in here
  csp_directives = [
    for directive, sources in local.policy.content_security_policy : join(" ", concat([directive], distinct([
      for source in sources : replace(replace(replace(source,
        "$${region}", var.region),
        "$${images_bucket}", var.images_bucket),
      "$${otlp_origin}", var.otlp_origin)
    ])))
  ]
  content_security_policy = join("; ", local.csp_directives)

  hsts = local.policy.strict_transport_security
}

resource "aws_cloudfront_response_headers_policy" "security_headers" {
  name    = var.name
  comment = "o11y-shop: the security headers of infra/edge/security-headers.json"

  security_headers_config {
    content_security_policy {
      content_security_policy = local.content_security_policy
      override                = true
    }
    frame_options {
      frame_option = local.policy.frame_options
      override     = true
    }
    referrer_policy {
      referrer_policy = local.policy.referrer_policy
      override        = true
    }
    content_type_options {
      override = true
    }
    # CloudFront answers over HTTPS (the viewer protocol policy redirects HTTP), where HSTS means something
    strict_transport_security {
      access_control_max_age_sec = local.hsts.max_age_seconds
      include_subdomains         = local.hsts.include_subdomains
      preload                    = local.hsts.preload
      override                   = true
    }
  }

  custom_headers_config {
    items {
      header   = "Permissions-Policy"
      value    = local.policy.permissions_policy
      override = true
    }
  }

  lifecycle {
    precondition {
      condition     = !strcontains(local.content_security_policy, "$${")
      error_message = "The policy file names a placeholder this module does not fill: ${local.content_security_policy}"
    }
    precondition {
      condition     = local.policy.content_type_options == "nosniff"
      error_message = "CloudFront can only send X-Content-Type-Options: nosniff."
    }
  }
}
