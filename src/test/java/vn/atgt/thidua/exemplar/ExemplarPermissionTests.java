package vn.atgt.thidua.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.ExemplarFixture.Ban;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/**
 * Who reaches which exemplar: a unit neither reads nor changes another unit's exemplar, photos or replications (404,
 * whatever ids it types), the office does not write a unit's exemplar (403), a unit does not recognise (403); photos
 * are stored with thumbnails; the office's list reads a constant number of statements.
 */
@ThiDuaIntegrationTest
class ExemplarPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ExemplarFixture fixture;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	ExemplarPhotoService photos;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private MockHttpServletRequestBuilder postAs(String url, CurrentUser user, String... params) {
		MockHttpServletRequestBuilder request = post(url).with(as(user)).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	@Test
	void anotherUnitNeitherReadsNorChangesAnExemplarItsPhotosOrReplications() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser head = fixture.head(ban.banBo());
		Long id = exemplars.create(head, ban.campaignId(), ExemplarFixture.model("Cổng trường an toàn"));
		photos.add(head, ban.campaignId(), id, List.of(new PhotoUpload("cong-truong.png", png(), "Giờ tan trường")));
		Long photoId = photos.rowsFor(id).get(0).id();
		CurrentUser stranger = fixture.head(ban.binhLu());
		String base = "/campaigns/" + ban.campaignId() + "/exemplars/" + id;
		ResultMatcher notFound = status().isNotFound();
		mvc.perform(get(base).with(as(stranger))).andExpect(notFound);
		mvc.perform(get(base + "/edit").with(as(stranger))).andExpect(notFound);
		mvc.perform(postAs(base + "/edit", stranger, "kind", "PRACTICE", "title", "Đổi tên", "description", "x",
				"startedOn", "05/09/2024", "version", "0")).andExpect(notFound);
		mvc.perform(postAs(base + "/propose", stranger, "version", "0")).andExpect(notFound);
		mvc.perform(get(base + "/photos/" + photoId).with(as(stranger))).andExpect(notFound);
		mvc.perform(get(base + "/photos/" + photoId + "/thumbnail").with(as(stranger))).andExpect(notFound);
		mvc.perform(postAs(base + "/photos/" + photoId + "/delete", stranger)).andExpect(notFound);
		mvc.perform(multipart(base + "/photos").file(new MockMultipartFile("files", "x.png", "image/png", png()))
			.with(as(stranger)).with(csrf())).andExpect(notFound);
		mvc.perform(postAs(base + "/replications", stranger, "unitId", ban.binhLu().id().toString(), "replicatedOn",
				"15/10/2024")).andExpect(notFound);
		mvc.perform(postAs(base + "/recognise", stranger, "version", "0")).andExpect(notFound);
		mvc.perform(postAs(base + "/return", stranger, "version", "0", "reason", "x")).andExpect(notFound);
		mvc.perform(postAs(base + "/publishable", stranger, "version", "0", "publishable", "true"))
			.andExpect(notFound);
		String strangerList = mvc.perform(get("/campaigns/" + ban.campaignId() + "/exemplars").with(as(stranger)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(strangerList).select("[data-exemplar]")).isEmpty();

		CurrentUser office = users.office();
		mvc.perform(get(base + "/edit").with(as(office))).andExpect(status().isForbidden());
		mvc.perform(postAs(base + "/photos/" + photoId + "/delete", office)).andExpect(status().isForbidden());
		mvc.perform(postAs(base + "/propose", office, "version", "0")).andExpect(status().isForbidden());
		mvc.perform(postAs(base + "/recognise", head, "version", "0")).andExpect(status().isForbidden());
		mvc.perform(get("/campaigns/" + ban.campaignId() + "/exemplars/new").with(as(office)))
			.andExpect(status().isForbidden());
		mvc.perform(postAs(base + "/replications", users.leader(), "unitId", ban.binhLu().id().toString(),
				"replicatedOn", "15/10/2024")).andExpect(status().isForbidden());

		mvc.perform(get(base + "/photos/" + photoId + "/thumbnail").with(as(office))).andExpect(status().isOk());
		String ownList = mvc.perform(get("/campaigns/" + ban.campaignId() + "/exemplars").with(as(head)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(ownList).select("[data-exemplar]")).hasSize(1);
		Ban otherBan = fixture.ban();
		mvc.perform(get("/campaigns/" + otherBan.campaignId() + "/exemplars/" + id).with(as(office)))
			.andExpect(notFound);
	}

	@Test
	void aPhotoThatIsNoImageOrNoFileIsRefusedBesideTheFiles() throws Exception {
		Ban ban = fixture.ban();
		CurrentUser head = fixture.head(ban.banBo());
		Long id = exemplars.create(head, ban.campaignId(), ExemplarFixture.model("Mô hình"));
		String url = "/campaigns/" + ban.campaignId() + "/exemplars/" + id + "/photos";
		mvc.perform(multipart(url).file(new MockMultipartFile("files", "virus.exe", "image/png", "MZ..".getBytes()))
			.with(as(head)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrorCode("photoForm", "files", "exemplar.photos.refused"));
		mvc.perform(multipart(url).with(as(head)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrorCode("photoForm", "files", "exemplar.photos.none"));
		mvc.perform(multipart(url).file(new MockMultipartFile("files", "anh.png", "image/png", png()))
			.param("caption", "x".repeat(301)).with(as(head)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrorCode("photoForm", "caption", "Size"));
		assertThat(photos.rowsFor(id)).isEmpty();
	}

	@Test
	void theOfficesListReadsAConstantNumberOfStatements() throws Exception {
		Ban small = fixture.ban();
		Ban large = fixture.ban();
		CurrentUser smallOffice = users.office(small.committeeId());
		CurrentUser largeOffice = users.office(large.committeeId());
		fixture.recognised(small, small.banBo(), "Mô hình 1", smallOffice);
		for (int i = 0; i < 15; i++) {
			fixture.recognised(large, i % 2 == 0 ? large.banBo() : large.police(), "Mô hình " + i, largeOffice);
		}
		long smallCount = statements(small, smallOffice);
		long largeCount = statements(large, largeOffice);
		System.out.println("[measured] exemplar list statements: 1 exemplar " + smallCount + ", 15 exemplars "
				+ largeCount);
		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(largeCount).isLessThanOrEqualTo(8);
	}

	private long statements(Ban ban, CurrentUser user) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		String url = "/campaigns/" + ban.campaignId() + "/exemplars";
		mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
		boolean wasEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(wasEnabled);
		}
	}
}
