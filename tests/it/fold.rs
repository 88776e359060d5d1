//! The run-time folding (src/text/fold.rs) is the reference data builder's
//! (scripts/build_reference_data.py): the same names fold to the same ASCII in both.

use std::process::Command;

use crate::support::repository_root;

const NAMES: &[&str] = &[
    "Gdańsk",
    "São Paulo",
    "Łódź",
    "Ærøskøbing",
    "Nguyễn Tấn Dũng",
    "Đặng Thị Ngọc Thịnh",
    "Ștefan Țiriac",
    "Ştefan Ţiriac",
    "Jose\u{301} Nun\u{303}ez",
    "Ħamrun",
    "O’Brien",
    "İstanbul",
    "ﬁnance",
];

#[test]
fn names_fold_alike_at_build_time_and_at_run_time() {
    let script = format!(
        "import importlib.util, sys\n\
         spec = importlib.util.spec_from_file_location('builder', {builder:?})\n\
         builder = importlib.util.module_from_spec(spec)\n\
         spec.loader.exec_module(builder)\n\
         for name in sys.stdin.read().split('\\n'):\n    print(builder.ascii_fold(name))\n",
        builder = repository_root().join("scripts/build_reference_data.py").display().to_string()
    );
    let mut child = Command::new("python3")
        .args(["-c", &script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs the data builder (CI installs it)");
    use std::io::Write;
    child.stdin.take().expect("stdin").write_all(NAMES.join("\n").as_bytes()).expect("write the names");
    let output = child.wait_with_output().expect("python3 finishes");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let built: Vec<String> = String::from_utf8_lossy(&output.stdout).lines().map(str::to_string).collect();
    let run: Vec<String> = NAMES.iter().map(|name| copydesk::text::fold::fold(name).into_owned()).collect();
    assert_eq!(built, run);
}
