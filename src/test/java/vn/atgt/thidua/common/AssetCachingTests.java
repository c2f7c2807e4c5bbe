package vn.atgt.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Low bandwidth (issue 13): every stylesheet and script a page links carries a hash of its content in its name, and
 * is served to be kept for a year, so that a phone fetches it once and again only when it changed.
 */
@ThiDuaIntegrationTest
class AssetCachingTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+\\.(?:css|js))\"");

	@Autowired
	MockMvc mvc;

	@Test
	void assetsAreLinkedByContentHashAndKeptForAYear() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(asset -> assertThat(asset).matches(".*-[0-9a-f]{32}\\.(css|js)"));
		for (String asset : assets) {
			MockHttpServletResponse response = mvc.perform(get(asset)).andReturn().getResponse();
			assertThat(response.getStatus()).as(asset).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(asset).contains("max-age=31536000");
		}
	}
}
