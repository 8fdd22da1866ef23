/**
 * The improvement project something is linked to, labelled: the first choice, `none`, has the empty
 * value (no project, or "choose one" when `required`).
 */
export function ProjectSelect({
  id,
  label,
  none,
  projects,
  value,
  onChange,
  required,
}: {
  id: string;
  label: string;
  none: string;
  projects: { projectId: string; title: string }[];
  value: string;
  onChange(projectId: string): void;
  required?: boolean;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} required={required} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {projects.map((p) => (
          <option key={p.projectId} value={p.projectId}>
            {p.title}
          </option>
        ))}
      </select>
    </>
  );
}
