output "id" {
  description = "The response headers policy's ID, for each cache behavior's response_headers_policy_id"
  value       = aws_cloudfront_response_headers_policy.security_headers.id
}

output "content_security_policy" {
  description = "The Content-Security-Policy as served, with the placeholders filled"
  value       = local.content_security_policy
}
