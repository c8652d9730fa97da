package org.opencounty.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.Actors;
import org.opencounty.sites.Site;
import org.opencounty.web.CurrentSite;
import org.springframework.core.MethodParameter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take the request's {@link Site} and the signed-in {@link Actor} as parameters, and
 * gives every rendered page its page context.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentSite currentSite;
    private final PageContexts pageContexts;

    WebConfiguration(CurrentSite currentSite, PageContexts pageContexts) {
        this.currentSite = currentSite;
        this.pageContexts = pageContexts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Site.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binderFactory) {
                return currentSite.of(request.getNativeRequest(HttpServletRequest.class));
            }
        });
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binderFactory) {
                // Protected routes are guarded by the security chain; a public route gets null for anonymous visitors.
                return Actors.current().orElse(null);
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The error page must still render for whoever was refused.
        registry.addInterceptor(new SiteBoundary(currentSite)).excludePathPatterns("/error");
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView modelAndView) {
                if (modelAndView == null || modelAndView.getViewName() == null || modelAndView.getViewName().startsWith("redirect:")) {
                    return;
                }
                modelAndView.addObject("page", pageContexts.of(request));
            }
        });
    }
}
