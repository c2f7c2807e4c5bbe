package vn.atgt.thidua.common.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Links to another page of the current list that keep its filters: {@code ${@pageLinks.to(2)}}. */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		UriComponents link = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", Math.max(page, 0))
			.build();
		return link.getPath() + "?" + link.getQuery();
	}
}
