package vn.atgt.thidua.dashboard;

/**
 * A section another module adds to the public page through {@link PublicSectionSource}: the Thymeleaf template and
 * fragment that draw it (e.g. {@code "commendation/public"} and {@code "nominees"}, among the module's own templates)
 * and the read model the fragment finds as the variable {@code section}. The read model must be immutable, as the
 * page is cached.
 */
public record PublicSection(String template, String fragment, Object model) {
}
