// The API's interactive docs: Swagger UI (vendored) over this server's /openapi.json.
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null});
});
