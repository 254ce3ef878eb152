package org.ocaq.enrolment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    @Query("select new org.ocaq.enrolment.ClassPlacementCount(p.classId, count(p)) from Placement p"
            + " where p.classId in :classIds group by p.classId")
    List<ClassPlacementCount> countByClasses(Collection<Long> classIds);

    @Query("select p from Placement p where p.schoolId = :schoolId order by p.childId, p.classId")
    List<Placement> findBySchool(long schoolId);

    @Query("select p.childId from Placement p where p.classId = :classId")
    List<Long> childIdsOfClass(long classId);

    /** Who sits in a class on a day of a term: places for that term or for every term, begun by that day. */
    @Query("""
            select p.childId from Placement p where p.classId = :classId and p.schoolId = :schoolId
            and (p.termId is null or p.termId = :termId) and (p.startsOn is null or p.startsOn <= :day)""")
    List<Long> childIdsOfClassOn(long classId, long schoolId, long termId, java.time.LocalDate day);

    List<Placement> findByChildId(long childId);

    @Query("select distinct p.classId from Placement p where p.familyId = :familyId")
    List<Long> classIdsOfFamily(long familyId);

    @Query("select distinct p.familyId from Placement p where p.familyId in :familyIds and p.classId in :classIds")
    List<Long> familiesWithChildIn(Collection<Long> familyIds, Collection<Long> classIds);

    boolean existsByClassIdAndChildId(long classId, long childId);

    /** The seats of a class for a term: its places for that term and the roster's places that hold for every term. */
    @Query("select count(p) from Placement p where p.classId = :classId and (p.termId = :termId or p.termId is null)")
    long countSeats(long classId, long termId);

    java.util.Optional<Placement> findByApplicationId(long applicationId);
}
