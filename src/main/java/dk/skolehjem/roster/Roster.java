package dk.skolehjem.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A validated roster as read from one import's files: what the schools in it look like now. */
record Roster(
        Set<String> schoolIds,
        List<School> schools,
        List<SchoolClass> classes,
        List<Student> students,
        List<Guardian> guardians,
        List<Custody> custodies,
        List<Staff> staff,
        List<TeamMember> teamMembers,
        List<CouncilMember> councilMembers,
        Map<String, Source> personSources) {

    /** Where a person id first appears in the files, for problems found after parsing. */
    record Source(String file, int line, String field) {
    }

    record School(String id, String name, String policyId) {
    }

    record SchoolClass(String schoolId, String code, int grade, String letter) {
    }

    record Student(String schoolId, String id, String name, String classCode) {
    }

    record Guardian(String schoolId, String id, String name, String email, String phone) {
    }

    record Custody(String schoolId, String studentId, String guardianId, boolean custody) {
    }

    record Staff(String schoolId, String id, String name, String email, StaffRole role) {
    }

    record TeamMember(String schoolId, String classCode, String staffId) {
    }

    record CouncilMember(String schoolId, String classCode, String guardianId) {
    }
}
