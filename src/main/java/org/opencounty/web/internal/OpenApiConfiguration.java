package org.opencounty.web.internal;

import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.opencounty.common.Actor;
import org.opencounty.sites.Site;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;

/**
 * The API description says what the API does: the {@link Site} and {@link Actor} parameters come from the host name and
 * the bearer token, not from the query; a {@code ResponseEntity<Void>} answers 204 with no body.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Site.class, Actor.class);
    }

    @Bean
    OperationCustomizer noContentForVoid() {
        return (operation, handler) -> {
            Type type = handler.getMethod().getGenericReturnType();
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == ResponseEntity.class
                    && parameterized.getActualTypeArguments()[0] == Void.class && operation.getResponses() != null) {
                ApiResponses responses = operation.getResponses();
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("No Content"));
            }
            return operation;
        };
    }
}
