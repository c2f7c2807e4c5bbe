package vn.atgt.thidua.support;

import java.util.List;

/** What a page must be on a phone (issue 13): no sideways scrolling, tap targets at least 44 px tall. */
public final class PhoneChecks {

	private PhoneChecks() {
	}

	/** Why the page scrolls sideways (its width and the first elements past the screen's edge), or null. */
	public static String overflow(Browser browser) {
		Number scrollWidth = (Number) browser.script("return document.scrollingElement.scrollWidth");
		Number innerWidth = (Number) browser.script("return window.innerWidth");
		if (scrollWidth.intValue() <= innerWidth.intValue()) {
			return null;
		}
		return browser.currentPath() + " is " + scrollWidth + " px wide: " + browser.script("""
				var w = window.innerWidth, out = [];
				document.querySelectorAll('body *').forEach(function (e) {
				  var r = e.getBoundingClientRect();
				  if (r.right > w + 1 && out.length < 5) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); }
				});
				return out.join('; ');
				""");
	}

	/** The page's buttons and fields (in main) less than 44 px tall, a few of them. */
	@SuppressWarnings("unchecked")
	public static List<String> smallTapTargets(Browser browser) {
		List<String> small = (List<String>) browser.script("""
				return Array.from(document.querySelectorAll(
				    'main .btn, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select, main textarea'))
				  .filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height < 43.5; })
				  .slice(0, 5)
				  .map(function (e) { return (e.id || e.name || e.textContent.trim()) + ' ' + Math.round(e.getBoundingClientRect().height) + ' px'; });
				""");
		return small.stream().map(s -> browser.currentPath() + ": " + s).toList();
	}
}
