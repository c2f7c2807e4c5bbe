package vn.atgt.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.common.format.Markup;

/** Markup written in Java for th:utext escapes every value as th:text would, and drops an attribute without a value. */
class MarkupTests {

	@Test
	void valuesAreEscapedAndVietnameseLettersKept() {
		String html = new Markup().raw("<a").attr("href", "/x?a=1&b=\"2\"").attr("title", null).raw(">")
			.text("Tháng 7 <script>alert('x')</script> & Đội").raw("</a>").toString();
		assertThat(html).isEqualTo("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">Tháng 7 &lt;script&gt;alert(&#39;x&#39;)"
				+ "&lt;/script&gt; &amp; Đội</a>");
	}

	@Test
	void nullTextAppendsNothing() {
		assertThat(new Markup().raw("<td>").text(null).raw("</td>").toString()).isEqualTo("<td></td>");
	}
}
