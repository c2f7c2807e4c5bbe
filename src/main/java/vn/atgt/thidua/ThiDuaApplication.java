package vn.atgt.thidua;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ThiDuaApplication.class);
		// the data generator (--generate=province) writes the database and exits: its web server (which the session
		// and security configuration need) listens on a free port, so that it never collides with a running node
		if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--generate"))) {
			application.setDefaultProperties(Map.of("server.port", "0"));
		}
		application.run(args);
	}
}
