package vn.atgt.thidua.common.web;

import java.util.function.Predicate;

import vn.atgt.thidua.common.security.CurrentUser;

/**
 * One link of the main navigation, contributed as a bean by the module that owns the page (as campaign tabs are): the
 * layout cannot know the later modules without a cycle, and whether a user sees a link is her module's access policy's
 * answer, not role names in a template. The layout draws them on every page, so {@code visible} must be cheap.
 *
 * @param order   place in the bar after "Phong trào", smallest first (leave gaps of 10)
 * @param label   message key of the link's text
 * @param href    the page's address, e.g. {@code "/rollup"}
 * @param testId  the link's {@code data-testid}
 * @param visible whether the signed-in user sees the link, answered by the owning module's access policy
 */
public record NavigationLink(int order, String label, String href, String testId, Predicate<CurrentUser> visible) {
}
