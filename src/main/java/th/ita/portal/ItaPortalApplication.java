package th.ita.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ItaPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(ItaPortalApplication.class, args);
	}

}
