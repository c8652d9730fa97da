package org.opencounty.web.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.opencounty.common.web.ClientErrors;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tomcat answers some requests itself, before any servlet (a request line or headers too long or malformed): with
 * Tomcat's English page by default. This valve answers them as the platform does everywhere else: the standard JSON
 * error under {@code /api/}, else a short page in Chinese.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportValveConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> chineseErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ChineseErrorReportValve());
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ChineseErrorReportValve.class.getName());
            }
        });
    }

    public static class ChineseErrorReportValve extends ErrorReportValve {

        public ChineseErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? ClientErrors.json(ClientErrors.of(status)) : page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response cannot take a body: nothing more to say.
            }
        }

        private static String page(int status) {
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无法完成请求</title></head><body>"
                    + "<h1>无法完成请求</h1><p role=\"alert\">" + ClientErrors.message(status) + "（" + status + "）</p>"
                    + "<p><a href=\"/\">返回首页</a></p></body></html>";
        }
    }
}
