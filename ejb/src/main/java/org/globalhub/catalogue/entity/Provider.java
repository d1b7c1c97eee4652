package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.Texts;
import org.globalhub.platform.personal.NotPersonal;

/** The company, university or non-profit that makes one or more tools. */
@NotPersonal
@Entity
@Table(name = "provider")
@jakarta.persistence.NamedQuery(
        name = "Provider.findByName",
        query = "SELECT p FROM Provider p WHERE LOWER(p.name) = :name")
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "provider_seq")
    @TableGenerator(
            name = "provider_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "PROVIDER",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false, length = 20)
    private ProviderType type;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private UnRegion region;

    @Column(length = 500)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProviderMembership membership = ProviderMembership.LISTED;

    @Version private long version;

    protected Provider() {}

    public Provider(
            String name, ProviderType type, String countryCode, UnRegion region, String website) {
        this.name =
                Texts.noFormulaStart(
                        Texts.clean(name, "provider.name", true, 200), "provider.name");
        this.type = Objects.requireNonNull(type);
        this.countryCode = checkCountry(countryCode);
        this.region = Objects.requireNonNull(region);
        this.website = Texts.clean(website, "provider.website", false, 500);
    }

    /** An organisation's application: its website must be an https address. */
    public static Provider applied(
            String name, ProviderType type, String countryCode, UnRegion region, String website) {
        if (website == null
                || !website.strip().startsWith("https://")
                || !Texts.isWebAddress(website.strip())) {
            throw new InvalidInputException("error.https", "provider.website");
        }
        Provider provider = new Provider(name, type, countryCode, region, website);
        provider.membership = ProviderMembership.APPLIED;
        return provider;
    }

    /** A curator admitted the organisation (its own record, or a listed one it takes over). */
    public void admit() {
        if (membership == ProviderMembership.MEMBER) {
            throw new InvalidInputException("error.lifecycle", "admit", membership);
        }
        membership = ProviderMembership.MEMBER;
    }

    public void refuse() {
        if (membership != ProviderMembership.APPLIED) {
            throw new InvalidInputException("error.lifecycle", "refuse", membership);
        }
        membership = ProviderMembership.REFUSED;
    }

    /** The website's host without "www.", for the curator's hint that an address matches it. */
    public String websiteHost() {
        if (website == null || !Texts.isWebAddress(website)) {
            return null;
        }
        String host = java.net.URI.create(website).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    public ProviderMembership getMembership() {
        return membership;
    }

    private static String checkCountry(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(upper)) {
            throw new InvalidInputException("error.country", code);
        }
        return upper;
    }

    /** The country's name in the reader's language. */
    public String countryName(Locale locale) {
        return new Locale("", countryCode).getDisplayCountry(locale);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProviderType getType() {
        return type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public UnRegion getRegion() {
        return region;
    }

    public String getWebsite() {
        return website;
    }
}
