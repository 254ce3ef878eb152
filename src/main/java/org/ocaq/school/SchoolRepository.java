package org.ocaq.school;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SchoolRepository extends JpaRepository<School, Long> {

    boolean existsBySlug(String slug);

    Optional<School> findBySlug(String slug);

    @Query("select s from School s order by s.countryCode, s.city, s.sortKey, s.id")
    List<School> findAllForDirectory();

    /** In the page's sort, which the service builds from {@link SchoolSort}. */
    @Query("""
            select new org.ocaq.school.SchoolSummary(s.id, s.slug, s.name, s.city, s.countryCode, s.delivery)
            from School s where s.searchKey like :pattern""")
    List<SchoolSummary> findPage(String pattern, Pageable page);

    /** In the page's sort, which the service builds from {@link SchoolSort}. */
    @Query("""
            select new org.ocaq.school.SchoolSummary(s.id, s.slug, s.name, s.city, s.countryCode, s.delivery)
            from School s where s.searchKey like :pattern and s.id in :ids""")
    List<SchoolSummary> findPageWithin(String pattern, Collection<Long> ids, Pageable page);

    @Query("select count(s) from School s where s.searchKey like :pattern")
    long countMatching(String pattern);

    @Query("select count(s) from School s where s.searchKey like :pattern and s.id in :ids")
    long countMatchingWithin(String pattern, Collection<Long> ids);

    @Query("""
            select new org.ocaq.school.SchoolSummary(s.id, s.slug, s.name, s.city, s.countryCode, s.delivery)
            from School s order by s.countryCode, s.sortKey, s.id""")
    List<SchoolSummary> findAllByCountry();
}
