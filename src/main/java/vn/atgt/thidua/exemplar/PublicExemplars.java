package vn.atgt.thidua.exemplar;

import java.util.List;

/** The public page's section of exemplary models: the campaign's recognised and published exemplars (immutable). */
public record PublicExemplars(List<PublicExemplar> exemplars) {

	public PublicExemplars {
		exemplars = List.copyOf(exemplars);
	}
}
