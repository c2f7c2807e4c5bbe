package vn.atgt.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(ThiDuaApplication.class, args);
	}
}
