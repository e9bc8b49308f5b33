package dev.releasegate.verifier.vocabulary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A name that does not exist is answered with the existing names a person most likely meant. */
class NearestNamesTest {

    private static final List<String> TABLES = List.of("restaurants", "subscriptions", "trackpay_users", "trackpay_sessions",
            "trackpay_payments", "trackpay_relationships", "auth.users", "storage.buckets");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "restaurant, restaurants",             // a letter missing (the issue's example)
            "trackpay_user, trackpay_users",
            "trackpay_sesions, trackpay_sessions",
            "trackpay_paymetns, trackpay_payments", // two letters swapped
            "Trackpay_Users, trackpay_users",       // another case
            "payments, trackpay_payments",          // the prefix left out
            "users, auth.users",                     // in another schema
            "storage.bucket, storage.buckets",
            "subscription, subscriptions",
            "trackpay_relationship, trackpay_relationships",
    })
    void theMeantNameComesFirst(String wanted, String meant) {
        assertThat(NearestNames.among(wanted, TABLES)).first().isEqualTo(meant);
    }

    @Test
    void theIssuesMessage() {
        assertThat("table restaurant: does not exist" + NearestNames.didYouMean("restaurant", TABLES))
                .isEqualTo("table restaurant: does not exist (did you mean restaurants?)");
    }

    @Test
    void rolesPoliciesBucketsColumnsAndSchemas() {
        assertThat(NearestNames.among("anno", List.of("anon", "authenticated", "service_role", "postgres"))).containsExactly("anon");
        assertThat(NearestNames.among("authentcated", List.of("anon", "authenticated", "authenticator"))).containsExactly("authenticated", "authenticator");
        assertThat(NearestNames.among("users_select_onw", List.of("users_select_own", "users_update_own"))).first().isEqualTo("users_select_own");
        assertThat(NearestNames.didYouMean("avatar", List.of("avatars", "documents"))).isEqualTo(" (did you mean avatars?)");
        assertThat(NearestNames.didYouMean("emial", List.of("id", "email", "name"))).isEqualTo(" (did you mean email?)");
        assertThat(NearestNames.didYouMean("autth", List.of("auth", "public", "storage"))).isEqualTo(" (did you mean auth?)");
    }

    @Test
    void atMostThreeNearestFirstAndNeverTheNameItself() {
        List<String> names = List.of("t1", "t2", "t3", "t4", "t", "tt");
        assertThat(NearestNames.among("t", names)).hasSize(3).doesNotContain("t");
        assertThat(NearestNames.didYouMean("t9", names)).isEqualTo(" (did you mean t, t1 or t2?)");
    }

    @Test
    void nothingCloseSaysNothing() {
        assertThat(NearestNames.among("invoices", TABLES)).isEmpty();
        assertThat(NearestNames.didYouMean("invoices", TABLES)).isEmpty();
        assertThat(NearestNames.didYouMean("x", List.of())).isEmpty();
        assertThat(NearestNames.didYouMean("", TABLES)).isEmpty();
    }

    @Test
    void hostileNamesAreOnlyCompared() {
        assertThat(NearestNames.among("users\"; drop table users; --", TABLES)).isEmpty();
        assertThat(NearestNames.among("x".repeat(5_000), TABLES)).isEmpty();
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertThat(EditDistance.between("teh", "the")).isEqualTo(1);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("ABC", "abc")).isZero();
        assertThat(EditDistance.typo("exist", "exists")).isTrue();
        assertThat(EditDistance.typo("exists", "exists")).isFalse();
        assertThat(EditDistance.typo("on", "in")).isTrue();
        assertThat(EditDistance.typo("a", "b")).isFalse();
    }
}
