package o11yshop.platform.web.apidocs;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The service's API docs page: Swagger UI (shipped as a webjar, nothing downloaded) showing the
 * OpenAPI file the service was generated from. Registered only where {@code shop.api-docs.enabled}
 * is true — locally, not in AWS.
 */
@RestController
public class ApiDocsController {

    private final String title;
    private final String specPath;

    public ApiDocsController(String title, String specPath) {
        this.title = HtmlUtils.htmlEscape(title);
        this.specPath = HtmlUtils.htmlEscape(specPath);
    }

    @GetMapping(path = "/docs", produces = MediaType.TEXT_HTML_VALUE)
    public String page() {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%s API</title>
                  <link rel="stylesheet" href="webjars/swagger-ui/swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="webjars/swagger-ui/swagger-ui-bundle.js"></script>
                  <script>SwaggerUIBundle({ url: "%s", dom_id: "#swagger-ui" });</script>
                </body>
                </html>
                """.formatted(title, specPath);
    }
}
