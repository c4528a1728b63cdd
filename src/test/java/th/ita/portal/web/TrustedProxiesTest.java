package th.ita.portal.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Reading ITA_TRUSTED_PROXIES and matching addresses against it, IPv4 and IPv6, without DNS. */
class TrustedProxiesTest {

	@Test
	void noSettingTrustsNoOne() {
		for (String setting : new String[] { null, "", "  ", " , " }) {
			TrustedProxies none = TrustedProxies.parse(setting);
			assertThat(none.isEmpty()).isTrue();
			assertThat(none.contains("127.0.0.1")).isFalse();
			assertThat(none.contains("0:0:0:0:0:0:0:1")).isFalse();
			assertThat(none.contains("10.0.0.1")).isFalse();
		}
	}

	@Test
	void addressesAndRangesOfBothFamilies() {
		TrustedProxies proxies = TrustedProxies.parse("10.1.2.3, 172.16.0.0/12 192.168.4.0/23,fd00:ab::/32 , ::1");
		assertThat(proxies.contains("10.1.2.3")).isTrue();
		assertThat(proxies.contains("10.1.2.4")).isFalse();
		assertThat(proxies.contains("172.16.0.1")).isTrue();
		assertThat(proxies.contains("172.31.255.255")).isTrue();
		assertThat(proxies.contains("172.32.0.1")).isFalse();
		assertThat(proxies.contains("192.168.5.200")).isTrue();
		assertThat(proxies.contains("192.168.6.1")).isFalse();
		assertThat(proxies.contains("fd00:ab:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.contains("fd00:ab::ffff")).isTrue();
		assertThat(proxies.contains("fd00:ac::1")).isFalse();
		assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.contains("[::1]")).isTrue();
		assertThat(proxies.contains("::2")).isFalse();
		// An IPv4 address seen through an IPv6 socket is the IPv4 address.
		assertThat(proxies.contains("::ffff:10.1.2.3")).isTrue();
	}

	@Test
	void hostBitsBeyondThePrefixAreIgnoredAndZeroPrefixesMatchTheirWholeFamily() {
		assertThat(TrustedProxies.parse("10.9.9.9/8").contains("10.200.0.1")).isTrue();
		TrustedProxies everyIpv4 = TrustedProxies.parse("0.0.0.0/0");
		assertThat(everyIpv4.contains("203.0.113.1")).isTrue();
		assertThat(everyIpv4.contains("2001:db8::1")).isFalse();
		assertThat(TrustedProxies.parse("::ffff:10.0.0.0/104").contains("10.4.5.6")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "proxy.internal", "localhost", "10.0.0.0/33", "fd00::/129", "10.0.0.256", "10.0.0",
			"10.0.0.1/", "10.0.0.1/-1", "10.0.0.1/x", "*", "10.*", "::1%lo", "1.2.3.4:80" })
	void anythingButAnAddressOrRangeStopsTheStartWithItsName(String entry) {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("10.0.0.1, " + entry))
			.withMessageContaining("ITA_TRUSTED_PROXIES")
			.withMessageContaining("'" + entry + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "unknown", "<script>", "1.2.3.4:5678", "999.1.1.1", "1.2.3",
			"::1%eth0", "_hidden", "", "0x7f.0.0.1", "2130706433", "a:b:c:d:e:f:g:h" })
	void whatIsNoLiteralAddressIsNoAddressAndIsNeverLookedUp(String text) {
		assertThat(TrustedProxies.literal(text)).isNull();
	}

}
