package cn.gongji.portal.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Roles are checked again on the services that staff use ({@code @PreAuthorize} on the casework and supervision
 * services), not only on the views: a view that forgot its {@code @RolesAllowed}, or any other caller, still cannot
 * open a case or resolve a flag without the role.
 *
 * <p>Only {@code @PreAuthorize} is enabled, not JSR-250: views carry {@code @RolesAllowed}/{@code @PermitAll} for
 * Vaadin's router, and JSR-250 method security would wrap every view in a proxy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfig {
}
